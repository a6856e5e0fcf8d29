package org.galley.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.galley.common.UserFacingException;
import org.galley.editor.EditorService;
import org.galley.editor.PageLayout;
import org.galley.importing.ImportService;
import org.galley.importing.PageFile;
import org.galley.issue.NewIssue;
import org.galley.support.IntegrationTest;
import org.galley.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Findings 8 and 9 of issue 9 and the restore rule: a leftover goes where the user says (a caption to the caption),
 * hand-marked furniture is the page's and can be unmarked, only an editor takes an article's text out as furniture,
 * and a restore never takes lines another article now holds.
 */
@IntegrationTest
class LeftoversFurnitureAndRestoreTest {

    private static final AtomicInteger DAY = new AtomicInteger();

    @Autowired ImportService importer;
    @Autowired ArticleService articles;
    @Autowired EditorService editor;

    private long importDemoPage() throws Exception {
        try (var in = getClass().getResourceAsStream("/article/demo-page.txt")) {
            return importer.importIssue(new NewIssue("Leftovers " + System.nanoTime(),
                    LocalDate.of(1960, 1, 1).plusDays(DAY.incrementAndGet()), "", null, "zh"),
                    List.of(new PageFile("page-1.txt", in.readAllBytes())), null).pageIds().get(0);
        }
    }

    private Article volunteer(long pageId) {
        return articles.byPage(pageId).stream().filter(a -> "我市志愿服务再获嘉兴先进".equals(a.content().headline()))
                .findFirst().orElseThrow();
    }

    @Test
    void aLeftoverGoesToTheFieldTheUserPicksWithItsLines() throws Exception {
        TestData.asUser("lf-corrector", "ROLE_CORRECTOR", () -> {
            long pageId = importDemoPage();
            Article a = volunteer(pageId);
            PageLayout.Leftover first = editor.layout(pageId).unassigned().get(0);
            Article withCaption = editor.assignLeftoverAs(a.id(), a.revision(), pageId, first.index(), "caption");
            assertThat(withCaption.content().caption()).contains(first.text().strip());
            assertThat(editor.layout(pageId).roles().get(first.index() - 1).articleId()).isEqualTo(a.id());
            assertThat(editor.layout(pageId).unassigned()).extracting(PageLayout.Leftover::index).doesNotContain(first.index());
            assertThat(articles.invariantViolations(pageId)).isEmpty();
            return null;
        });
    }

    @Test
    void onlyAnEditorMarksAnArticlesTextAsFurnitureAndFurnitureCanBeUnmarked() throws Exception {
        long pageId = TestData.asUser("lf-corrector", "ROLE_CORRECTOR", this::importDemoPage);
        Article a = TestData.asUser("lf-corrector", "ROLE_CORRECTOR", () -> volunteer(pageId));
        int cards = TestData.asUser("lf-corrector", "ROLE_CORRECTOR", () -> articles.byPage(pageId).size());
        TestData.asUser("lf-corrector", "ROLE_CORRECTOR", () -> {
            assertThatThrownBy(() -> editor.markFurniture(pageId, 34, 36)).isInstanceOf(UserFacingException.class)
                    .extracting(e -> ((UserFacingException) e).key()).isEqualTo("editor.error.furnitureNeedsEditor");
            assertThat(articles.get(a.id()).content()).isEqualTo(a.content());
            return null;
        });
        TestData.asUser("lf-editor", "ROLE_EDITOR", () -> {
            editor.markFurniture(pageId, 34, 36);
            PageLayout layout = editor.layout(pageId);
            assertThat(articles.byPage(pageId)).as("furniture is the page's, not a card").hasSize(cards);
            assertThat(layout.roles().get(34 - 1).role()).isEqualTo(PageLayout.Role.FURNITURE);
            assertThat(articles.invariantViolations(pageId)).isEmpty();
            PageLayout.Leftover marked = layout.furniture().stream().filter(f -> f.index() == 34).findFirst().orElseThrow();
            editor.unmarkFurniture(pageId, marked.index());
            assertThat(editor.layout(pageId).unassigned()).extracting(PageLayout.Leftover::index).contains(34);
            assertThat(articles.invariantViolations(pageId)).isEmpty();
            return null;
        });
    }

    @Test
    void aRestoreRefusesToTakeBackLinesAnotherArticleNowHolds() throws Exception {
        TestData.asUser("lf-corrector", "ROLE_CORRECTOR", () -> {
            long pageId = importDemoPage();
            Article a = volunteer(pageId);
            editor.createFromLines(pageId, 34, 36, "news", a.id());
            Article now = articles.get(a.id());
            assertThatThrownBy(() -> articles.restore(a.id(), 1, now.revision(), null)).isInstanceOf(UserFacingException.class)
                    .extracting(e -> ((UserFacingException) e).key()).isEqualTo("article.error.restoreTaken");
            assertThat(articles.get(a.id()).revision()).isEqualTo(now.revision());
            assertThat(articles.invariantViolations(pageId)).isEmpty();
            return null;
        });
    }
}
