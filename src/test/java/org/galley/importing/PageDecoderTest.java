package org.galley.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.galley.common.UserFacingException;
import org.junit.jupiter.api.Test;

class PageDecoderTest {

    static String seed() throws IOException {
        try (InputStream in = PageDecoderTest.class.getResourceAsStream("/importing/seed.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static final String BIG5_TEXT = """
            本報訊 臺灣各縣市今日舉行會議，討論農業發展與環境保護。
            會議指出，應當加強水資源管理，並鼓勵青年返鄉創業。
            記者 陳國華 報導
            """;

    @Test
    void theSeedPageReEncodedAsGb18030DecodesBackExactly() throws IOException {
        String seed = seed();
        DecodedPage page = PageDecoder.decode("p1.txt", seed.getBytes("GB18030"), null);
        assertThat(page.encoding()).isEqualTo("GB18030");
        assertThat(page.text()).isEqualTo(seed);
    }

    @Test
    void gbkBytesAreDecodedAsGb18030() throws IOException {
        String seed = seed();
        DecodedPage page = PageDecoder.decode("p1.txt", seed.getBytes("GBK"), null);
        assertThat(page.encoding()).isEqualTo("GB18030");
        assertThat(page.text()).isEqualTo(seed);
    }

    @Test
    void big5BytesAreDecodedAsBig5Hkscs() throws IOException {
        DecodedPage page = PageDecoder.decode("p1.txt", BIG5_TEXT.repeat(3).getBytes("Big5"), null);
        assertThat(page.encoding()).isEqualTo("Big5-HKSCS");
        assertThat(page.text()).isEqualTo(BIG5_TEXT.repeat(3));
    }

    @Test
    void utf16WithABomIsDecodedAndTheBomRemoved() throws IOException {
        String seed = seed();
        byte[] body = seed.getBytes(StandardCharsets.UTF_16LE);
        byte[] bytes = new byte[body.length + 2];
        bytes[0] = (byte) 0xFF;
        bytes[1] = (byte) 0xFE;
        System.arraycopy(body, 0, bytes, 2, body.length);
        DecodedPage page = PageDecoder.decode("p1.txt", bytes, null);
        assertThat(page.encoding()).isEqualTo("UTF-16LE");
        assertThat(page.fromBom()).isTrue();
        assertThat(page.text()).isEqualTo(seed);
    }

    @Test
    void aUtf8BomIsRemovedAndTheTextKeptExactlyIncludingCrlf() {
        byte[] bytes = "\uFEFFline one\r\nline two\r\n".getBytes(StandardCharsets.UTF_8);
        DecodedPage page = PageDecoder.decode("p1.txt", bytes, null);
        assertThat(page.text()).isEqualTo("line one\r\nline two\r\n");
        assertThat(page.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void theUserCanOverrideTheEncoding() throws IOException {
        byte[] latin1 = "Caf\u00e9 society in New-York".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(PageDecoder.decode("p1.txt", latin1, "ISO-8859-1").text()).isEqualTo("Caf\u00e9 society in New-York");
        assertThatThrownBy(() -> PageDecoder.decode("p1.txt", latin1, "no-such-charset"))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("import.error.unknownEncoding"));
        assertThatThrownBy(() -> PageDecoder.decode("p1.txt", seed().getBytes("GB18030"), "UTF-8"))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("import.error.encodingMismatch"));
    }

    @Test
    void emptyAndWhitespaceOnlyFilesAreRefused() {
        for (byte[] b : new byte[][] {{}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, " \n\t\n".getBytes(StandardCharsets.UTF_8)}) {
            assertThatThrownBy(() -> PageDecoder.decode("p1.txt", b, null))
                    .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("import.error.empty"));
        }
    }

    @Test
    void pdfsImagesAndArchivesAreRecognizedByTheirMagicNumbers() {
        assertThat(BinarySniffer.kind("%PDF-1.4".getBytes(StandardCharsets.US_ASCII))).isEqualTo("PDF");
        assertThat(BinarySniffer.kind(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0})).isEqualTo("image");
        assertThat(BinarySniffer.kind("GIF89a".getBytes(StandardCharsets.US_ASCII))).isEqualTo("image");
        assertThat(BinarySniffer.kind(new byte[] {0x1F, (byte) 0x8B, 8, 0})).isEqualTo("archive");
        assertThat(BinarySniffer.kind("BMW and MZ are fine at the start of a page".getBytes(StandardCharsets.US_ASCII))).isNull();
    }

    @Test
    void textFullOfControlCharactersIsTakenForAWrongDecoding() {
        assertThat(PageDecoder.looksMisdecoded("a\u0001b\u0002c\u0003")).isTrue();
        assertThat(PageDecoder.looksMisdecoded("page one\fpage two\r\n\ttabbed")).isFalse();
        assertThat(PageDecoder.looksMisdecoded("x".repeat(5000) + "\u001A")).as("one stray EOF marker").isFalse();
    }

    @Test
    void thePreviewShowsTheFirstLines() throws IOException {
        DecodedPage page = PageDecoder.decode("p1.txt", seed().getBytes(Charset.forName("GB18030")), null);
        assertThat(PageDecoder.previewLines(page, 3)).containsExactly(" 平湖发布 今平湖客户端", "", "■记者 李雨婷");
    }

    @Test
    void mostlyAsciiTextWithBytesThatAreNotUtf8IsRefusedAskingForItsEncodingNotReadAsMojibake() {
        byte[] bytes = "The mayor\u2019s office said the bridge reopens on Monday.\n".repeat(5).getBytes(StandardCharsets.UTF_8);
        bytes[11] = ' '; // the last byte of the apostrophe's three
        assertThatThrownBy(() -> PageDecoder.decode("p1.txt", bytes, null))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.key()).isEqualTo("import.error.chooseEncoding");
                    assertThat(e.args()).containsExactly("p1.txt", "9");
                });
        // Once the user chooses, it is read as chosen.
        assertThat(PageDecoder.decode("p1.txt", bytes, "windows-1252").encoding()).isEqualTo("windows-1252");
    }

    @Test
    void utf16WithoutAByteOrderMarkIsDetectedInBothByteOrders() throws IOException {
        String seed = seed();
        DecodedPage le = PageDecoder.decode("p1.txt", seed.getBytes(StandardCharsets.UTF_16LE), null);
        assertThat(le.encoding()).isEqualTo("UTF-16LE");
        assertThat(le.text()).isEqualTo(seed);
        String english = "Business as usual in the City.\nThe markets opened at nine.\n".repeat(4);
        DecodedPage be = PageDecoder.decode("p1.txt", english.getBytes(StandardCharsets.UTF_16BE), null);
        assertThat(be.encoding()).isEqualTo("UTF-16BE");
        assertThat(be.text()).isEqualTo(english);
    }

    @Test
    void utf16WithoutABomThatDoesNotDecodeSaysToChooseIt() {
        byte[] bytes = "Line one\nLine two\n".repeat(8).getBytes(StandardCharsets.UTF_16LE);
        bytes[3] = (byte) 0xD8; // 'i' becomes a lone high surrogate
        assertThatThrownBy(() -> PageDecoder.decode("p1.txt", bytes, null))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("import.error.looksUtf16"));
    }

    @Test
    void binaryWithZeroBytesOnBothSidesIsStillBinaryNotUtf16() {
        byte[] bytes = new byte[256];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 7 == 0 ? 0 : 'a' + i % 20);
        }
        assertThatThrownBy(() -> PageDecoder.decode("p1.txt", bytes, null))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("import.error.binary"));
    }
}
