package org.galley.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.galley.common.UserFacingException;
import org.junit.jupiter.api.Test;

class UploadReaderTest {

    final UploadReader reader = new UploadReader(1024 * 1024, 4 * 1024 * 1024);

    static byte[] zip(Object... namesAndContents) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry((String) namesAndContents[i]));
                Object c = namesAndContents[i + 1];
                zip.write(c instanceof byte[] b ? b : ((String) c).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    /**
     * A ZIP of a page and an entry marked as a symbolic link, as {@code zip --symlinks} writes one: Unix as the
     * maker, and the link's file mode (0120777) in the central directory's external attributes.
     */
    static byte[] zipWithSymlink(String linkName) throws IOException {
        byte[] zip = zip("p2.txt", "第二版的正文。", linkName, "/etc/passwd");
        byte[] name = linkName.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i + 46 < zip.length; i++) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2
                    && java.util.Arrays.equals(zip, i + 46, i + 46 + name.length, name, 0, name.length)) {
                zip[i + 5] = 3; // made by: Unix
                int mode = 0120777 << 16;
                for (int b = 0; b < 4; b++) {
                    zip[i + 38 + b] = (byte) (mode >>> (8 * b));
                }
                return zip;
            }
        }
        throw new IllegalStateException("no central directory header for " + linkName);
    }

    static String key(Throwable t) {
        return ((UserFacingException) t).key();
    }

    @Test
    void pageNumbersComeFromTheFileName() {
        assertThat(PageNames.pageNumber("p03.txt")).isEqualTo(3);
        assertThat(PageNames.pageNumber("page-12.txt")).isEqualTo(12);
        assertThat(PageNames.pageNumber("07.txt")).isEqualTo(7);
        assertThat(PageNames.pageNumber("A03.txt")).isEqualTo(3);
        assertThat(PageNames.pageNumber("平湖日报第5版.txt")).isEqualTo(5);
        assertThat(PageNames.pageNumber("2023-03-01_p4.txt")).isEqualTo(4);
        assertThat(PageNames.pageNumber("000_24a909c35df8419a.txt")).as("an id is no page number").isNull();
        assertThat(PageNames.pageNumber("front.txt")).isNull();
    }

    @Test
    void aSingleFileIsOnePageAndLosesAnyFolderTheBrowserSent() {
        List<PageUpload> pages = reader.read("C:\\scans\\p2.txt", "text".getBytes(StandardCharsets.UTF_8));
        assertThat(pages).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("p2.txt");
            assertThat(p.pageNumber()).isEqualTo(2);
        });
    }

    @Test
    void aZipOfAnIssueGivesItsPagesAndSkipsMacOsJunk() throws IOException {
        List<PageUpload> pages = reader.read("issue.zip", zip("p2.txt", "two", "p1.txt", "one", "__MACOSX/._p1.txt", "junk", ".DS_Store", "junk"));
        assertThat(pages).extracting(PageUpload::name).containsExactly("p2.txt", "p1.txt");
        assertThat(PageOrder.sorted(pages)).extracting(PageUpload::pageNumber).containsExactly(1, 2);
    }

    @Test
    void aZipWithANestedFolderIsRefusedNamingTheEntry() {
        assertThatThrownBy(() -> reader.read("issue.zip", zip("pages/p1.txt", "one")))
                .satisfies(e -> assertThat(key(e)).isEqualTo("import.error.zipFolder"))
                .hasMessageContaining("pages/p1.txt");
    }

    @Test
    void pathTraversalAndAbsoluteNamesAreRefused() {
        for (String name : new String[] {"../p1.txt", "/etc/p1.txt", "..\\p1.txt", "C:p1.txt"}) {
            assertThatThrownBy(() -> reader.read("issue.zip", zip(name, "one")))
                    .satisfies(e -> assertThat(key(e)).isEqualTo("import.error.zipPath"));
        }
    }

    @Test
    void aZipBombIsRefusedBeforeItIsInflatedWhole() throws IOException {
        byte[] bomb = zip("p1.txt", new byte[50 * 1024 * 1024]); // 50 MB of zeros, about 50 KB compressed
        assertThat(bomb.length).isLessThan(200_000);
        assertThatThrownBy(() -> reader.read("issue.zip", bomb))
                .satisfies(e -> assertThat(((UserFacingException) e).kind()).isEqualTo(UserFacingException.Kind.TOO_LARGE));
    }

    @Test
    void manyPagesTogetherOverTheUploadLimitAreRefused() throws IOException {
        byte[] page = new byte[900 * 1024];
        java.util.Arrays.fill(page, (byte) 'x');
        byte[] archive = zip("p1.txt", page, "p2.txt", page, "p3.txt", page, "p4.txt", page, "p5.txt", page);
        assertThatThrownBy(() -> reader.read("issue.zip", archive))
                .satisfies(e -> assertThat(key(e)).isEqualTo("import.error.tooLarge"));
    }

    @Test
    void aZipInsideAZipAnEmptyZipAndABrokenZipAreRefused() throws IOException {
        assertThatThrownBy(() -> reader.read("issue.zip", zip("inner.zip", zip("p1.txt", "one"))))
                .satisfies(e -> assertThat(key(e)).isEqualTo("import.error.zipNested"));
        assertThatThrownBy(() -> reader.read("issue.zip", zip()))
                .satisfies(e -> assertThat(key(e)).isEqualTo("import.error.zipEmpty"));
        byte[] broken = zip("p1.txt", "one".repeat(1000));
        byte[] truncated = java.util.Arrays.copyOf(broken, 40);
        assertThatThrownBy(() -> reader.read("issue.zip", truncated))
                .satisfies(e -> assertThat(key(e)).isIn("import.error.zipBroken", "import.error.zipEmpty"));
    }

    @Test
    void twoFilesClaimingOnePageNumberAreRefusedNamingBoth() {
        List<PageUpload> pages = List.of(new PageUpload("p1.txt", 1, new byte[1]), new PageUpload("page-1.txt", 1, new byte[1]));
        assertThatThrownBy(() -> PageOrder.sorted(pages))
                .satisfies(e -> assertThat(key(e)).isEqualTo("import.error.samePageNumber"))
                .hasMessageContaining("p1.txt").hasMessageContaining("page-1.txt");
    }

    @Test
    void aFileOverThePageLimitIsRefusedAsTooLarge() {
        assertThatThrownBy(() -> reader.read("p1.txt", new byte[1024 * 1024 + 1]))
                .satisfies(e -> assertThat(((UserFacingException) e).kind()).isEqualTo(UserFacingException.Kind.TOO_LARGE))
                .hasMessageContaining("1 MB");
    }

    @Test
    void aZipEntryMarkedAsASymbolicLinkIsRefusedNamingIt() throws IOException {
        byte[] zip = zipWithSymlink("p3.txt");
        assertThatThrownBy(() -> reader.read("issue.zip", zip))
                .satisfies(e -> assertThat(key(e)).isEqualTo("import.error.zipLink"))
                .hasMessageContaining("p3.txt");
        // The same archive without the link marking is two ordinary pages.
        assertThat(reader.read("issue.zip", zip("p2.txt", "two", "p3.txt", "/etc/passwd"))).hasSize(2);
    }

    @Test
    void aSpooledZipIsReadFromDiskWithTheSameChecksAsInMemory(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws IOException {
        java.nio.file.Path good = dir.resolve("upload-1");
        java.nio.file.Files.write(good, zip("p2.txt", "two", "p1.txt", "one"));
        assertThat(reader.read("issue.zip", good)).extracting(PageUpload::name).containsExactly("p2.txt", "p1.txt");

        java.nio.file.Path link = dir.resolve("upload-2");
        java.nio.file.Files.write(link, zipWithSymlink("evil.txt"));
        assertThatThrownBy(() -> reader.read("issue.zip", link))
                .satisfies(e -> assertThat(key(e)).isEqualTo("import.error.zipLink"));

        java.nio.file.Path big = dir.resolve("upload-3");
        java.nio.file.Files.write(big, new byte[1024 * 1024 + 1]);
        assertThatThrownBy(() -> reader.read("scan-p4.txt", big))
                .satisfies(e -> assertThat(key(e)).isEqualTo("import.error.tooLarge"))
                .as("a size error names the file").hasMessageContaining("scan-p4.txt");
    }

    @Test
    void anArchiveWhoseDirectoryIsCutOffIsRefusedAsDamaged() throws IOException {
        byte[] zip = zip("p1.txt", "one", "p2.txt", "two");
        byte[] cut = java.util.Arrays.copyOf(zip, zip.length - 30);
        assertThatThrownBy(() -> reader.read("issue.zip", cut))
                .satisfies(e -> assertThat(key(e)).isEqualTo("import.error.zipBroken"));
    }
}
