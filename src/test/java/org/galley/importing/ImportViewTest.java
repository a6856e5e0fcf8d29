package org.galley.importing;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;
import org.galley.article.ArticleService;
import org.galley.importing.ui.ImportView;
import org.galley.issue.IssueService;
import org.galley.security.Role;
import org.galley.support.IntegrationTest;
import org.galley.support.Karibu;
import org.galley.support.KaribuViews;
import org.galley.support.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
@ExtendWith(KaribuViews.class)
class ImportViewTest {

    @Autowired
    IssueService issues;
    @Autowired
    ArticleService articles;

    ImportView view;

    @BeforeEach
    void open() {
        Karibu.login("importer", Role.CORRECTOR);
        UI.getCurrent().navigate(ImportView.class);
        view = _get(ImportView.class);
    }

    static byte[] seed() throws Exception {
        try (InputStream in = ImportViewTest.class.getResourceAsStream("/importing/seed.txt")) {
            return in.readAllBytes();
        }
    }

    @Test
    void aGb18030PageIsPreviewedDecodedThenImportedIntoANewIssue() throws Exception {
        String seed = new String(seed(), StandardCharsets.UTF_8);
        view.received("p2.txt", new ByteArrayInputStream(seed.getBytes("GB18030")));
        assertThat(GridKt._findAll(view.previews)).singleElement().satisfies(p -> {
            assertThat(p.encoding()).isEqualTo("GB18030");
            assertThat(p.pageNumber()).isEqualTo(2);
            assertThat(p.firstLines()).contains("■记者 李雨婷");
        });
        String title = "View import " + UUID.randomUUID();
        view.target.setValue("new");
        view.title.setValue(title);
        view.date.setValue(LocalDate.of(2023, 3, 2));
        view.confirm();
        long issueId = TestData.asUser("checker", "ROLE_CORRECTOR",
                () -> issues.list().stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow().id());
        assertThat(TestData.asUser("checker", "ROLE_CORRECTOR", () -> articles.byIssue(issueId))).hasSize(6);
    }

    @Test
    void theUserCanOverrideTheEncodingAndSeeTheTextChange() throws Exception {
        byte[] latin1 = "Caf\u00e9 society in New-York was gay last night.\n".repeat(3).getBytes(StandardCharsets.ISO_8859_1);
        view.received("p3.txt", new ByteArrayInputStream(latin1));
        view.encoding.setValue("ISO-8859-1");
        assertThat(GridKt._findAll(view.previews)).singleElement()
                .satisfies(p -> assertThat(p.firstLines().get(0)).startsWith("Caf\u00e9 society"));
    }

    @Test
    void aBadFileIsNamedAtOnceAndNeverQueued() {
        view.received("scan.pdf", new ByteArrayInputStream("%PDF-1.7 binary".getBytes(StandardCharsets.US_ASCII)));
        assertThat(view.pending()).isEmpty();
        assertThat(view.importButton.isEnabled()).isFalse();
    }

    @Test
    void aRefusedFileStaysListedInRedWithItsMessageAndBlocksTheImport() {
        view.received("p1.txt", new ByteArrayInputStream("本报讯 第一版的正文。\n".repeat(3).getBytes(StandardCharsets.UTF_8)));
        view.received("scan.pdf", new ByteArrayInputStream("%PDF-1.7 binary".getBytes(StandardCharsets.US_ASCII)));
        assertThat(view.rows()).hasSize(2);
        assertThat(view.rows().get(0).refused()).isFalse();
        assertThat(view.rows().get(1)).satisfies(r -> {
            assertThat(r.refused()).isTrue();
            assertThat(r.name()).isEqualTo("scan.pdf");
            assertThat(r.error()).contains("scan.pdf").contains("PDF");
        });
        assertThat(GridKt._size(view.previews)).isEqualTo(2);
        assertThat(view.previews.getClassNameGenerator().apply(view.rows().get(1))).isEqualTo("galley-import-refused");
        assertThat(view.importButton.isEnabled()).as("a refused file must be removed first").isFalse();
    }

    @Test
    void aFailedEncodingOverrideKeepsTheFileAndDetectionBringsItBack() throws Exception {
        byte[] gb = new String(seed(), StandardCharsets.UTF_8).getBytes("GB18030");
        view.received("p2.txt", new ByteArrayInputStream(gb));
        view.encoding.setValue("UTF-8");
        assertThat(view.rows()).singleElement().satisfies(r -> {
            assertThat(r.refused()).isTrue();
            assertThat(r.name()).isEqualTo("p2.txt");
            assertThat(r.error()).contains("p2.txt").contains("UTF-8");
        });
        assertThat(view.pending()).as("kept, but not ready to import").isEmpty();
        assertThat(view.importButton.isEnabled()).isFalse();
        view.encoding.setValue("");
        assertThat(view.rows()).singleElement().satisfies(r -> {
            assertThat(r.refused()).isFalse();
            assertThat(r.encoding()).isEqualTo("GB18030");
        });
        assertThat(view.pending()).extracting(PageFile::name).containsExactly("p2.txt");
        assertThat(view.importButton.isEnabled()).isTrue();
    }

    @Test
    void thePreviewShowsTheFirstEightLinesEachOnItsOwnLine() throws Exception {
        view.received("p2.txt", new ByteArrayInputStream(seed()));
        java.util.List<String> expected = new String(seed(), StandardCharsets.UTF_8).lines().limit(8).toList();
        assertThat(view.rows()).singleElement().satisfies(r -> assertThat(r.firstLines()).isEqualTo(expected));
        com.vaadin.flow.component.Component cell = view.previews.getColumns().get(4).getRenderer() instanceof com.vaadin.flow.data.renderer.ComponentRenderer<?, ?> renderer
                ? ((com.vaadin.flow.data.renderer.ComponentRenderer<com.vaadin.flow.component.Component, ImportView.Row>) renderer).createComponent(view.rows().get(0))
                : null;
        assertThat(cell).isNotNull();
        assertThat(cell.getChildren().map(c -> c.getElement().getText()).toList()).isEqualTo(expected);
    }

    @Test
    void aFileTheUploadRejectsForItsSizeIsNamedInTheList() {
        com.vaadin.flow.component.ComponentUtil.fireEvent(view.upload,
                new com.vaadin.flow.component.upload.FileRejectedEvent(view.upload, "File is Too Big.", "issue-1999.zip"));
        assertThat(view.rows()).singleElement().satisfies(r -> {
            assertThat(r.refused()).isTrue();
            assertThat(r.error()).contains("issue-1999.zip").contains("200 MB");
        });
    }

    @Test
    void aZipIsUnpackedFromItsSpooledFileIntoOneRowPerPage() throws Exception {
        byte[] zip = ImportBadInputTest.zip("p1.txt", "本报讯 第一版的正文。\n", "p2.txt", "本报讯 第二版的正文。\n");
        view.received("issue.zip", new ByteArrayInputStream(zip));
        assertThat(view.rows()).extracting(ImportView.Row::name).containsExactly("p1.txt", "p2.txt");
        assertThat(view.rows()).extracting(ImportView.Row::upload).containsOnly("issue.zip");
        assertThat(view.importButton.isEnabled()).isTrue();
    }
    /** The upload's button and drop hint used to be Vaadin's English ("Upload Files...") in the Chinese interface. */
    @Test
    void theUploadSpeaksTheUsersLanguage() {
        UI.getCurrent().setLocale(java.util.Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate("");
        UI.getCurrent().navigate(ImportView.class);
        ImportView chinese = _get(ImportView.class);
        assertThat(chinese.upload.getI18n().getAddFiles().getMany()).isEqualTo("上传文件…");
        assertThat(chinese.upload.getI18n().getDropFiles().getMany()).isEqualTo("将文件拖到此处");
        assertThat(chinese.upload.getI18n().getFile().getRemove()).isEqualTo("移除");
    }
}
