package org.galley.common.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One of each kind of character no XML 1.0 export may hold, for tests that feed them through every input. */
public final class RefusedCharacters {

    private RefusedCharacters() {
    }

    /** C0 controls (but tab, LF, CR), U+FFFE/U+FFFF, lone surrogates, noncharacters in and beyond the BMP. */
    public static final List<String> ALL = List.of(
            cp(0x00), cp(0x01), cp(0x08), cp(0x0B), cp(0x0C), cp(0x1F), cp(0xFFFE), cp(0xFFFF),
            String.valueOf((char) 0xD800), String.valueOf((char) 0xDC00), cp(0xFDD0), cp(0xFDEF), cp(0x1FFFF), cp(0x10FFFF));

    /**
     * Those a page file can hold: not U+0000 (an importer refuses it outright as a sign of a binary file), and
     * no lone surrogate (no UTF encoding can hold one; decoders replace it).
     */
    public static final List<String> IMPORTABLE = ALL.stream()
            .filter(s -> !s.equals("\0") && !(s.length() == 1 && Character.isSurrogate(s.charAt(0)))).toList();

    public static String name(String s) {
        return String.format("U+%04X", s.codePointAt(0));
    }

    private static final Pattern REFERENCE = Pattern.compile("&#(x[0-9a-fA-F]+|[0-9]+);");

    /** The exported file holds no refused character, neither raw nor as a character reference. */
    public static void assertExportable(String file, String text) {
        assertThat(XmlText.firstRefused(text)).as(file).isNegative();
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            String ref = m.group(1);
            int cp = ref.startsWith("x") ? Integer.parseInt(ref.substring(1), 16) : Integer.parseInt(ref);
            assertThat(XmlText.allowed(cp)).as(file + " " + m.group()).isTrue();
        }
    }

    static String cp(int codePoint) {
        return new String(Character.toChars(codePoint));
    }
}
