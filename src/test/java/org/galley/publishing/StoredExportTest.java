package org.galley.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.galley.common.UserFacingException;
import org.galley.support.IntegrationTest;
import org.galley.support.TestData;
import org.galley.support.TestData.Fixture;
import org.galley.workflow.WorkflowService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A publication's export is fixed when it is published: the ZIP is rendered once, kept with its SHA-256, and
 * every download returns those bytes; rendering again makes a new, separately listed rendition. (That the stored
 * bytes cannot be changed: {@code org.galley.common.StoredRecordsGuardTest}.)
 */
@IntegrationTest
@WithMockUser(username = "export-editor", roles = "EDITOR")
class StoredExportTest {

    @Autowired
    TestData data;
    @Autowired
    WorkflowService workflow;
    @Autowired
    PublishingService publishing;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    org.galley.security.UserService users;

    Publication published(String headline) {
        Fixture f = data.issueWithArticles(TestData.content(headline, "Stored text."));
        return data.approveAllAndPublish(f.issueId());
    }

    byte[] storedBytes(Publication p, int rendition) {
        return jdbc.sql("select zip from publication_rendition where publication_id = :p and rendition = :r")
                .param("p", p.id()).param("r", rendition).query((rs, n) -> rs.getBytes(1)).single();
    }

    @Test
    void publishingStoresTheZipWhoseBytesAndSha256EveryDownloadReturns() throws Exception {
        var editor = org.galley.support.ApiUsers.create(users, org.galley.security.Role.CORRECTOR);
        Publication p = published("Fixed at publishing");
        List<Rendition> renditions = publishing.renditions(p.issueId(), p.version());
        assertThat(renditions).singleElement().satisfies(r -> {
            assertThat(r.rendition()).isEqualTo(1);
            assertThat(r.origin()).isEqualTo(Rendition.Origin.PUBLISH);
            assertThat(r.renderedBy()).isEqualTo("export-editor");
        });
        byte[] stored = storedBytes(p, 1);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(stored));
        assertThat(renditions.get(0).sha256()).isEqualTo(sha);
        assertThat(renditions.get(0).sizeBytes()).isEqualTo(stored.length);

        PublicationExport viaService = publishing.export(p.issueId(), p.version());
        assertThat(viaService.zip()).isEqualTo(stored);
        assertThat(viaService.sha256()).isEqualTo(sha);

        MockHttpServletResponse download = mvc.perform(get("/api/issues/" + p.issueId() + "/publications/latest/export.zip").with(editor.auth()))
                .andReturn().getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentAsByteArray()).isEqualTo(stored);
        assertThat(download.getHeader("Repr-Digest"))
                .isEqualTo("sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha)) + ":");
        assertThat(download.getHeader("ETag")).isEqualTo("\"" + sha + "\"");
    }

    @Test
    void aDownloadReturnsThePublishedBytesEvenWhenARenderingTodayWouldDifferAndARerenderIsListedApart() throws Exception {
        var editor = org.galley.support.ApiUsers.create(users, org.galley.security.Role.EDITOR);
        Publication p = published("Before the rename");
        byte[] asPublished = storedBytes(p, 1);
        // What the export shows of the issue changes after publishing (its title): a fresh rendering would differ.
        jdbc.sql("update issue set number = 'Renamed after publishing' where id = :i").param("i", p.issueId()).update();

        assertThat(publishing.export(p.issueId(), p.version()).zip()).isEqualTo(asPublished);

        Rendition again = publishing.rerender(p.issueId(), p.version());
        assertThat(again.rendition()).isEqualTo(2);
        assertThat(again.origin()).isEqualTo(Rendition.Origin.RERENDER);
        assertThat(again.fileName()).endsWith("-v1-r2.zip");
        PublicationExport second = publishing.export(p.issueId(), p.version(), 2);
        assertThat(second.zip()).isNotEqualTo(asPublished).isEqualTo(storedBytes(p, 2));
        assertThat(new String(ExportFilesHolder.issueJson(second.zip()), java.nio.charset.StandardCharsets.UTF_8))
                .contains("Renamed after publishing");
        assertThat(publishing.renditions(p.issueId(), p.version())).extracting(Rendition::rendition, Rendition::origin)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1, Rendition.Origin.PUBLISH),
                        org.assertj.core.groups.Tuple.tuple(2, Rendition.Origin.RERENDER));
        // The version's download is still the published one.
        assertThat(publishing.export(p.issueId(), p.version()).zip()).isEqualTo(asPublished);
        assertThat(mvc.perform(get("/api/issues/" + p.issueId() + "/publications/1/renditions/2/export.zip").with(editor.auth()))
                .andReturn().getResponse().getContentAsByteArray()).isEqualTo(second.zip());
        assertThat(mvc.perform(get("/api/issues/" + p.issueId() + "/publications/1/renditions/3/export.zip").with(editor.auth()))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(post("/api/issues/" + p.issueId() + "/publications/1/renditions").with(editor.auth()))
                .andReturn().getResponse().getStatus()).isEqualTo(201);
        // MockMvc's security filters leave this thread without a user: read as one.
        assertThat(TestData.asUser("export-editor", "ROLE_EDITOR", () -> publishing.renditions(p.issueId(), p.version()))).hasSize(3);
    }

    @Test
    @WithMockUser(username = "export-corrector", roles = "CORRECTOR")
    void aCorrectorDownloadsButCannotRenderAgain() {
        Publication p = TestData.asUser("export-editor", "ROLE_EDITOR", () -> published("Corrector reads"));
        assertThat(publishing.export(p.issueId(), p.version()).rendition()).isEqualTo(1);
        assertThatThrownBy(() -> publishing.rerender(p.issueId(), p.version())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aVersionPublishedBeforeExportsWereStoredIsRenderedOnItsFirstDownloadAndKept() {
        Fixture f = data.issueWithArticles(TestData.content("Old publication", "From before V0010."));
        long article = f.articleIds().get(0);
        workflow.approve(article, 1);
        // A publication as Galley made them before exports were stored: its rows, no rendition.
        long pub = jdbc.sql("insert into publication (issue_id, version, published_by) values (:i, 1, 'old-editor') returning id")
                .param("i", f.issueId()).query(Long.class).single();
        jdbc.sql("insert into publication_article (publication_id, article_id, revision, ordinal, approved_by, approved_at) "
                + "select :p, id, 1, 1, 'old-editor', now() from article where id = :a").param("p", pub).param("a", article).update();
        assertThat(publishing.renditions(f.issueId(), 1)).isEmpty();

        PublicationExport first = publishing.export(f.issueId(), 1);
        assertThat(publishing.renditions(f.issueId(), 1)).singleElement()
                .satisfies(r -> assertThat(r.origin()).isEqualTo(Rendition.Origin.FIRST_DOWNLOAD));
        jdbc.sql("update issue set number = 'Renamed later' where id = :i").param("i", f.issueId()).update();
        assertThat(publishing.export(f.issueId(), 1).zip()).isEqualTo(first.zip());
    }

    @Test
    void aRenditionOfAnUnknownVersionIsNotFound() {
        Publication p = published("Unknown rendition");
        assertThatThrownBy(() -> publishing.export(p.issueId(), 1, 9))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.kind()).isEqualTo(UserFacingException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> publishing.rerender(p.issueId(), 7))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.kind()).isEqualTo(UserFacingException.Kind.NOT_FOUND));
    }

    /** issue.json out of a ZIP. */
    static final class ExportFilesHolder {
        static byte[] issueJson(byte[] zip) throws java.io.IOException {
            try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
                for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    if (e.getName().equals("issue.json")) {
                        return in.readAllBytes();
                    }
                }
            }
            throw new AssertionError("no issue.json");
        }
    }
}
