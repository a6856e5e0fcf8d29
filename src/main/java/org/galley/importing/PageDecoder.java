package org.galley.importing;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import org.galley.common.UserFacingException;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Turns a page file's bytes into text. Order: byte-order mark; strict UTF-8; a detector for the legacy CJK
 * encodings newspapers' systems still write (GBK is read as its superset GB18030, Big5 as Big5-HKSCS).
 * Every decoding is strict: a byte that does not fit is a refusal, never a silent replacement character.
 */
public final class PageDecoder {

    static final Charset GB18030 = Charset.forName("GB18030");
    static final Charset BIG5_HKSCS = Charset.forName("Big5-HKSCS");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    private PageDecoder() {
    }

    public static DecodedPage decode(String fileName, byte[] bytes, String encodingOverride) {
        if (bytes.length == 0) {
            throw new UserFacingException("import.error.empty", fileName);
        }
        DecodedPage page = encodingOverride != null ? withOverride(fileName, bytes, encodingOverride) : detect(fileName, bytes);
        if (page.text().isBlank()) {
            throw new UserFacingException("import.error.empty", fileName);
        }
        if (looksMisdecoded(page.text())) {
            throw new UserFacingException("import.error.encoding", fileName);
        }
        return page;
    }

    /** The first {@code n} lines, for the user to check the encoding before confirming. */
    public static List<String> previewLines(DecodedPage page, int n) {
        return page.text().lines().limit(n).toList();
    }

    private static DecodedPage withOverride(String fileName, byte[] bytes, String name) {
        Charset charset;
        try {
            charset = canonical(Charset.forName(name.trim()));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new UserFacingException("import.error.unknownEncoding", name);
        }
        Bom bom = Bom.of(bytes);
        int skip = bom != null && bom.charset.equals(charset) ? bom.length : 0;
        return new DecodedPage(strict(fileName, bytes, skip, charset), charset.name(), skip > 0);
    }

    private static DecodedPage detect(String fileName, byte[] bytes) {
        Bom bom = Bom.of(bytes);
        if (bom != null) {
            return new DecodedPage(strict(fileName, bytes, bom.length, bom.charset), bom.charset.name(), true);
        }
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            String text = tryStrict(bytes, utf16);
            if (text != null && !looksMisdecoded(text)) {
                return new DecodedPage(text, utf16.name(), false);
            }
            if (zeros(bytes, utf16 == StandardCharsets.UTF_16LE ? 0 : 1) == 0) {
                // Every zero byte where UTF-16 puts them, yet not UTF-16: say what it looks like, let the user choose.
                throw new UserFacingException("import.error.looksUtf16", fileName);
            }
        }
        BinarySniffer.refuseBinary(fileName, bytes);
        String utf8 = tryStrict(bytes, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return new DecodedPage(utf8, "UTF-8", false);
        }
        if (mostlyAscii(bytes)) {
            // Plain text with a few bytes that are not UTF-8: damaged UTF-8, or one of many single-byte code pages.
            // A detector's guess (usually windows-1252) turns damaged UTF-8 into mojibake, so the user chooses.
            throw new UserFacingException("import.error.chooseEncoding", fileName, String.valueOf(firstInvalidUtf8(bytes)));
        }
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
        detector.dataEnd();
        String detected = detector.getDetectedCharset();
        if (detected != null && Charset.isSupported(detected)) {
            Charset charset = canonical(Charset.forName(detected));
            String text = tryStrict(bytes, charset);
            if (text != null) {
                return new DecodedPage(text, charset.name(), false);
            }
        }
        // Short Chinese pages can defeat the detector; GB18030 is the mainland's mandatory superset, so try it.
        String gb = tryStrict(bytes, GB18030);
        if (gb != null && mostlyCjk(gb)) {
            return new DecodedPage(gb, GB18030.name(), false);
        }
        throw new UserFacingException("import.error.encoding", fileName);
    }

    /** Supersets first: GBK and GB2312 as GB18030, Big5 as Big5-HKSCS, so no character of theirs is lost. */
    static Charset canonical(Charset c) {
        String n = c.name().toUpperCase();
        if (n.equals("GBK") || n.equals("GB2312") || n.equals("EUC-CN") || n.equals("X-EUC-CN")) {
            return GB18030;
        }
        if (n.equals("BIG5")) {
            return BIG5_HKSCS;
        }
        return c;
    }

    private static String strict(String fileName, byte[] bytes, int offset, Charset charset) {
        String text = tryStrict(bytes, offset, charset);
        if (text == null) {
            throw new UserFacingException("import.error.encodingMismatch", fileName, charset.name());
        }
        return text;
    }

    private static String tryStrict(byte[] bytes, Charset charset) {
        return tryStrict(bytes, 0, charset);
    }

    private static String tryStrict(byte[] bytes, int offset, Charset charset) {
        try {
            return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Text decoded with the wrong charset (or binary read as text) is full of control characters; a page
     * never is. Tabs, line and page breaks are text; a stray one in a thousand characters is tolerated.
     */
    static boolean looksMisdecoded(String text) {
        int controls = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == 0) {
                return true;
            }
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x0B) {
                controls++;
            }
        }
        return controls > 0 && controls * 1000L > text.length();
    }

    /**
     * UTF-16 without a byte-order mark: every line break, space and digit has a zero byte, all on one side of the
     * two-byte units (odd offsets for little-endian, even for big-endian); the other side has zeros only for the
     * few characters ending in 00 (such as 一, U+4E00). Binary data has them on both sides alike; legacy
     * encodings and UTF-8 text have none. A candidate still has to decode strictly.
     */
    static Charset utf16WithoutBom(byte[] b) {
        if (b.length < 2 || b.length % 2 != 0) {
            return null;
        }
        int units = Math.min(b.length, 1 << 16) / 2;
        int even = zeros(b, 0);
        int odd = zeros(b, 1);
        // At least 8 zeros and one per 64 units (a line break or a space now and then), four times the other side.
        if (odd >= 8 && odd * 64 >= units && odd >= 4 * even) {
            return StandardCharsets.UTF_16LE;
        }
        if (even >= 8 && even * 64 >= units && even >= 4 * odd) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** Zero bytes at even ({@code side} 0) or odd (1) offsets of the first 64 KB. */
    private static int zeros(byte[] b, int side) {
        int probe = Math.min(b.length, 1 << 16);
        int n = 0;
        for (int i = side; i < probe; i += 2) {
            if (b[i] == 0) {
                n++;
            }
        }
        return n;
    }

    /** Nine bytes in ten below 0x80: text in ASCII with a few accented letters, quotes or damaged bytes. */
    static boolean mostlyAscii(byte[] b) {
        long high = 0;
        for (byte x : b) {
            if (x < 0) {
                high++;
            }
        }
        return high * 10 < b.length;
    }

    /** The offset of the first byte that breaks UTF-8, for the message (the user can look at it). */
    static int firstInvalidUtf8(byte[] b) {
        var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(b);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(4096);
        while (true) {
            java.nio.charset.CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                return in.position();
            }
            if (r.isUnderflow()) {
                return -1;
            }
            out.clear();
        }
    }

    private static boolean mostlyCjk(String text) {
        long cjk = text.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN).count();
        long letters = text.codePoints().filter(Character::isLetter).count();
        return letters > 0 && cjk * 2 >= letters;
    }

    /** Byte-order marks, longest first (UTF-32 LE starts like UTF-16 LE). */
    private record Bom(Charset charset, int length) {
        static Bom of(byte[] b) {
            if (starts(b, 0x00, 0x00, 0xFE, 0xFF)) {
                return new Bom(UTF_32BE, 4);
            }
            if (starts(b, 0xFF, 0xFE, 0x00, 0x00)) {
                return new Bom(UTF_32LE, 4);
            }
            if (starts(b, 0x84, 0x31, 0x95, 0x33)) {
                return new Bom(GB18030, 4);
            }
            if (starts(b, 0xEF, 0xBB, 0xBF)) {
                return new Bom(StandardCharsets.UTF_8, 3);
            }
            if (starts(b, 0xFE, 0xFF)) {
                return new Bom(StandardCharsets.UTF_16BE, 2);
            }
            if (starts(b, 0xFF, 0xFE)) {
                return new Bom(StandardCharsets.UTF_16LE, 2);
            }
            return null;
        }

        private static boolean starts(byte[] b, int... prefix) {
            if (b.length < prefix.length) {
                return false;
            }
            for (int i = 0; i < prefix.length; i++) {
                if ((b[i] & 0xFF) != prefix[i]) {
                    return false;
                }
            }
            return true;
        }
    }
}
