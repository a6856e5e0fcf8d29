package org.galley.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.galley.common.UserFacingException;
import org.galley.issue.IssueService;
import org.galley.issue.NewIssue;
import org.galley.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/** Every kind of bad upload gets a clear message and leaves the database exactly as it was. */
@IntegrationTest
@WithMockUser(username = "importer", roles = "CORRECTOR")
class ImportBadInputTest {

    static final byte[] PAGE = "本报讯 近日，平湖市举行会议。\n会议指出，要做好工作。\n".getBytes(StandardCharsets.UTF_8);

    @Autowired
    ImportService importer;
    @Autowired
    IssueService issues;
    @Autowired
    JdbcClient jdbc;

    long issueId;

    @BeforeEach
    void issueWithOnePage() {
        issueId = issues.create(new NewIssue("Bad input " + UUID.randomUUID(), LocalDate.of(1999, 9, 9), "", null, "zh")).id();
        importer.importPages(issueId, List.of(new PageFile("p1.txt", PAGE)), null);
    }

    static byte[] zip(String... namesAndTexts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndTexts.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndTexts[i]));
                zip.write(namesAndTexts[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static byte[] zipBomb() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("p2.txt"));
            byte[] zeros = new byte[1 << 20];
            Arrays.fill(zeros, (byte) 'a');
            for (int i = 0; i < 300; i++) { // 300 MB of one letter, a few hundred KB compressed
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        return out.toByteArray();
    }

    static Stream<Arguments> badUploads() throws IOException {
        byte[] big = new byte[5 * 1024 * 1024 + 1];
        Arrays.fill(big, (byte) 'x');
        byte[] nul = "text\u0000more text".getBytes(StandardCharsets.UTF_8);
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);
        // Bytes undefined in windows-1252, invalid as UTF-8 and as GB18030 (a lead byte before a space).
        byte[] undecodable = new byte[40];
        for (int i = 0; i < undecodable.length; i += 2) {
            undecodable[i] = (byte) new int[] {0x81, 0x8D, 0x8F, 0x90, 0x9D}[(i / 2) % 5];
            undecodable[i + 1] = ' ';
        }
        // UTF-8 English with one character cut short: a detector would read it as windows-1252 mojibake.
        byte[] damagedUtf8 = "The mayor\u2019s office said the bridge reopens on Monday after two years of work.\n"
                .repeat(4).getBytes(StandardCharsets.UTF_8);
        damagedUtf8[11] = ' ';
        return Stream.of(
                Arguments.of("mostly-ASCII text with bytes that are not UTF-8", new PageFile("p2.txt", damagedUtf8), "import.error.chooseEncoding"),
                Arguments.of("a ZIP holding a symbolic link", new PageFile("issue.zip", UploadReaderTest.zipWithSymlink("p3.txt")), "import.error.zipLink"),
                Arguments.of("an empty file", new PageFile("p2.txt", new byte[0]), "import.error.empty"),
                Arguments.of("a binary file with NUL bytes", new PageFile("p2.txt", nul), "import.error.binary"),
                Arguments.of("an image without its page", new PageFile("p2.png", png), "import.error.imageAlone"),
                Arguments.of("a broken PDF", new PageFile("p2.pdf", pdf), "import.error.pdfBroken"),
                Arguments.of("a file over the size limit", new PageFile("p2.txt", big), "import.error.tooLarge"),
                Arguments.of("undecodable bytes", new PageFile("p2.txt", undecodable), "import.error.encoding"),
                Arguments.of("a ZIP with nested folders", new PageFile("issue.zip", zip("pages/p2.txt", "text")), "import.error.zipFolder"),
                Arguments.of("a ZIP with a path traversal name", new PageFile("issue.zip", zip("../p2.txt", "text")), "import.error.zipPath"),
                Arguments.of("a ZIP bomb", new PageFile("issue.zip", zipBomb()), "import.error.tooLarge"),
                Arguments.of("a page number that already exists", new PageFile("p1.txt", "另一个版面的文字。".getBytes(StandardCharsets.UTF_8)), "import.error.pageExists"),
                Arguments.of("the same text twice", new PageFile("p7.txt", PAGE), "import.error.duplicateText"));
    }

    long rows() {
        return jdbc.sql("select (select count(*) from issue) + (select count(*) from page) + (select count(*) from article)"
                + " + (select count(*) from article_revision) + (select count(*) from newspaper_title)").query(Long.class).single();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badUploads")
    void aBadUploadIsRefusedWithAClearMessageAndChangesNothing(String what, PageFile file, String expectedKey) {
        long before = rows();
        // A good page beside the bad one: the upload is all or nothing.
        List<PageFile> upload = List.of(new PageFile("p9.txt", "第九版的正文。".getBytes(StandardCharsets.UTF_8)), file);
        assertThatThrownBy(() -> importer.importPages(issueId, upload, null))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    if (expectedKey != null) {
                        assertThat(e.key()).isEqualTo(expectedKey);
                    } else {
                        assertThat(e.key()).startsWith("import.error.");
                    }
                });
        assertThat(rows()).as(what + " must change nothing").isEqualTo(before);
    }

    @org.junit.jupiter.api.Test
    void anIssueWithoutADateIsRefusedAndChangesNothing() {
        long before = rows();
        assertThatThrownBy(() -> importer.importIssue(new NewIssue("No date " + UUID.randomUUID(), null, "", null, "zh"),
                List.of(new PageFile("p1.txt", PAGE)), null))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("issue.error.date"));
        assertThat(rows()).isEqualTo(before);
    }
}
