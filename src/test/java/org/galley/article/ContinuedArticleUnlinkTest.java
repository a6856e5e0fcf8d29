package org.galley.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.galley.common.UserFacingException;
import org.galley.importing.ImportResult;
import org.galley.importing.ImportService;
import org.galley.workflow.WorkflowService;
import org.galley.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * What an editor's unlink means afterwards: a pair unlinked stays unlinked (and an approved article stays approved)
 * when another page is imported; after an edit the part gets back the lines it had when linked, whatever their
 * page; a second part on a page that already has one is refused; and the linked article cannot be restored to a
 * revision from before a part still linked was taken in.
 */
@IntegrationTest
@WithMockUser(username = "editor", roles = "EDITOR")
class ContinuedArticleUnlinkTest {

    static final String P1 = LinkedPages.HARBOUR_P1;

    static final String P2 = """
            全市春耕备耕工作有序推进

            本报讯 连日来，全市各地抢抓农时，春耕备耕工作有序推进，农资供应充足。
            """;

    static final String P3 = """
            （上接第1版）
            独山港
            码头建成后，港区将新增就业岗位两千个，周边道路同步改造，预计明年全部完成。

            图书馆延长开放时间

            本报讯 市图书馆自下月起延长开放时间，每晚开放至九点，方便读者借阅。
            """;

    static final String P4 = """
            新建公园下月开放

            城东新建的湿地公园将于下月正式开放，公园面积约三百亩，设有步道和观鸟台。
            """;

    @Autowired
    ImportService importer;
    @Autowired
    ArticleService articles;
    @Autowired
    ArticleLinks links;
    @Autowired
    WorkflowService workflow;
    @Autowired
    JdbcClient jdbc;

    Article headed(long issueId, String start) {
        return articles.byIssue(issueId).stream().filter(a -> a.content().title() != null && a.content().title().startsWith(start))
                .findFirst().orElseThrow();
    }

    @Test
    void aPairAnEditorUnlinkedStaysUnlinkedAndApprovedWhenAnotherPageIsImported() {
        ImportResult r = LinkedPages.importIssue(importer, "p1.txt", P1, "p3.txt", P3);
        ArticleLink link = links.links(r.issueId()).get(0);
        links.unlink(link.articleId(), link.partId());
        Article first = articles.get(link.articleId());
        workflow.approve(first.id(), first.revision());

        importer.importPages(r.issueId(), LinkedPages.files("p2.txt", P2), null);

        assertThat(links.links(r.issueId())).as("the unlinked pair is not linked again").isEmpty();
        Article after = articles.get(first.id());
        assertThat(after.state()).isEqualTo(ArticleState.APPROVED);
        assertThat(after.revision()).isEqualTo(first.revision());
    }

    @Test
    void afterAnEditThePartGetsBackItsLinesOnEveryPage() {
        ImportResult r = LinkedPages.importIssue(importer, "p1.txt", P1, "p3.txt", P3, "p4.txt", P4);
        ArticleLink link = links.links(r.issueId()).get(0);
        links.unlink(link.articleId(), link.partId());
        // The page-3 part takes in the park story of page 4 first: its lines are on pages 3 and 4 when linked.
        Article part = articles.get(link.partId());
        Article park = headed(r.issueId(), "新建公园");
        Article widened = articles.merge(part.id(), part.revision(), park.id(), park.revision());
        assertThat(LinkedPages.pageNumbers(jdbc, widened)).containsExactlyInAnyOrder(3, 4);
        Article first = articles.get(link.articleId());
        links.link(first.id(), first.revision(), widened.id(), widened.revision());
        Article linked = articles.get(first.id());
        List<String> paragraphs = new java.util.ArrayList<>(linked.content().paragraphs());
        paragraphs.set(0, paragraphs.get(0).replace("昨日", "前日"));
        Article edited = articles.save(linked.id(), linked.revision(), linked.content().withParagraphs(paragraphs), "date");
        String before = LinkedPages.sortedChars(articles.byIssue(r.issueId()));

        links.unlink(edited.id(), widened.id());

        Article back = articles.get(widened.id());
        assertThat(LinkedPages.pageNumbers(jdbc, articles.get(first.id()))).containsExactly(1);
        assertThat(LinkedPages.pageNumbers(jdbc, back)).containsExactlyInAnyOrder(3, 4);
        assertThat(String.join("", back.content().paragraphs())).contains("就业岗位", "湿地公园");
        assertThat(String.join("", articles.get(first.id()).content().paragraphs())).contains("前日").doesNotContain("湿地公园");
        String headline = back.content().headline() == null ? "" : back.content().headline().replaceAll("\\s+", "");
        assertThat(LinkedPages.sortedChars(articles.byIssue(r.issueId()))).as("every character in exactly one article")
                .isEqualTo(LinkedPages.sorted(before + headline));
        LinkedPages.assertInvariant(articles, jdbc, r.issueId());
    }

    @Test
    void aSecondPartOnAPageThatHasOneIsRefused() {
        ImportResult r = LinkedPages.importIssue(importer, "p1.txt", P1, "p3.txt", P3);
        ArticleLink link = links.links(r.issueId()).get(0);
        Article linked = articles.get(link.articleId());
        Article library = headed(r.issueId(), "图书馆");

        assertThatThrownBy(() -> links.link(linked.id(), linked.revision(), library.id(), library.revision()))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.key()).isEqualTo("link.error.pageTaken");
                    assertThat(e.args()).containsExactly(3);
                });
        assertThat(links.partsOf(linked.id())).singleElement().satisfies(l -> assertThat(l.partId()).isEqualTo(link.partId()));
        assertThat(articles.get(library.id()).revision()).isEqualTo(library.revision());
        LinkedPages.assertInvariant(articles, jdbc, r.issueId());
    }

    @Test
    void mergingTheLinkedArticleIntoAnotherMovesItsPartsAndUnlinkingStillGivesThePartBack() {
        ImportResult r = LinkedPages.importIssue(importer, "p1.txt", P2 + "\n" + P1, "p3.txt", P3);
        ArticleLink link = links.links(r.issueId()).get(0);
        Article harbour = articles.get(link.articleId());
        Article spring = headed(r.issueId(), "全市春耕");
        String before = LinkedPages.sortedChars(articles.byIssue(r.issueId()));

        // The editor glues the harbour story (which holds the page-3 part) onto the story above it.
        Article merged = articles.merge(spring.id(), spring.revision(), harbour.id(), harbour.revision());

        assertThat(links.links(r.issueId())).as("the link now belongs to the article that holds the part's text")
                .singleElement().satisfies(l -> {
                    assertThat(l.articleId()).isEqualTo(spring.id());
                    assertThat(l.partId()).isEqualTo(link.partId());
                });
        assertThat(links.partsOf(spring.id())).hasSize(1);
        assertThatThrownBy(() -> articles.restore(spring.id(), spring.revision(), merged.revision(), null))
                .as("going back to before the merge would drop the part's text while it is linked")
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("article.error.restoreLinked"));

        links.unlink(spring.id(), link.partId());

        Article part = articles.get(link.partId());
        Article kept = articles.get(spring.id());
        assertThat(LinkedPages.pageNumbers(jdbc, part)).containsExactly(3);
        assertThat(String.join("", part.content().paragraphs())).contains("就业岗位");
        assertThat(String.join("", kept.content().paragraphs())).contains("春耕备耕", "五百万吨").doesNotContain("就业岗位");
        String headline = part.content().headline() == null ? "" : part.content().headline().replaceAll("\\s+", "");
        assertThat(LinkedPages.sortedChars(articles.byIssue(r.issueId()))).as("every character in exactly one article")
                .isEqualTo(LinkedPages.sorted(before + headline));
        assertThat(links.links(r.issueId())).isEmpty();
        LinkedPages.assertInvariant(articles, jdbc, r.issueId());
    }

    @Test
    void theLinkedArticleCannotBeRestoredToBeforeALivePartWasTakenIn() {
        ImportResult r = LinkedPages.importIssue(importer, "p1.txt", P1, "p3.txt", P3);
        ArticleLink link = links.links(r.issueId()).get(0);
        Article linked = articles.get(link.articleId());
        assertThat(linked.revision()).isEqualTo(2);

        assertThatThrownBy(() -> articles.restore(linked.id(), 1, linked.revision(), null))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.key()).isEqualTo("article.error.restoreLinked"));
        assertThat(articles.get(linked.id()).revision()).isEqualTo(linked.revision());
        assertThat(links.partsOf(linked.id())).hasSize(1);

        // Once unlinked, the old revision may come back.
        links.unlink(linked.id(), link.partId());
        Article now = articles.get(linked.id());
        articles.restore(now.id(), 1, now.revision(), null);
        LinkedPages.assertInvariant(articles, jdbc, r.issueId());
    }
}
