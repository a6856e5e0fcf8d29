package org.galley.article;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.galley.importing.ImportResult;
import org.galley.importing.ImportService;
import org.galley.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * A story continued over three pages (1→3→5): one article with two parts, however the links came about (one
 * import, the later link first, or by hand into the first part of a link), no link left on a merged article,
 * and each part unlinked again without losing a character.
 */
@IntegrationTest
@WithMockUser(username = "editor", roles = "EDITOR")
class ContinuedArticleChainsTest {

    static final String P1 = LinkedPages.HARBOUR_P1;

    static final String P3 = """
            （上接第1版）
            独山港
            码头建成后，港区将新增就业岗位两千个，周边道路同步改造，预计明年全部完成。
            （下转第5版）
            """;

    static final String P5 = """
            （上接第3版）
            独山港
            据介绍，新码头由市港务集团投资建设，总投资约十二亿元，分三期建成。
            """;

    @Autowired
    ImportService importer;
    @Autowired
    ArticleService articles;
    @Autowired
    ArticleLinks links;
    @Autowired
    JdbcClient jdbc;

    int liveLinksOnMergedArticles(long issueId) {
        return jdbc.sql("""
                        select count(*) from article_link l join article a on a.id = l.article_id
                        where l.issue_id = :i and l.unlinked_at is null and a.merged_into is not null""")
                .param("i", issueId).query(Integer.class).single();
    }

    /** Unlinks both parts (the one on page 3 first) and checks every character lands in exactly one article. */
    void unlinkBothParts(long issueId, Article linked) {
        // The parts' repeated headlines (独山港) are out of the linked text while linked, and come back with them.
        String headlines = String.join("", jdbc.sql("""
                        select part_headline from article_link where article_id = :a and unlinked_at is null and part_headline is not null""")
                .param("a", linked.id()).query(String.class).list());
        String all = LinkedPages.sorted(LinkedPages.chars(linked.content()) + headlines.replaceAll("\\s+", ""));
        List<ArticleLink> parts = links.partsOf(linked.id());
        assertThat(parts).extracting(ArticleLink::partPageNumber).containsExactly(3, 5);
        long page3 = parts.get(0).partId();
        long page5 = parts.get(1).partId();

        links.unlink(linked.id(), page3);
        assertThat(links.partsOf(linked.id())).singleElement().satisfies(l -> assertThat(l.partId()).isEqualTo(page5));
        assertThat(LinkedPages.pageNumbers(jdbc, articles.get(page3))).containsExactly(3);
        assertThat(String.join("", articles.get(page3).content().paragraphs())).contains("就业岗位").doesNotContain("十二亿", "五百万吨");
        LinkedPages.assertInvariant(articles, jdbc, issueId);

        links.unlink(linked.id(), page5);
        assertThat(links.partsOf(linked.id())).isEmpty();
        assertThat(LinkedPages.pageNumbers(jdbc, articles.get(linked.id()))).containsExactly(1);
        assertThat(LinkedPages.pageNumbers(jdbc, articles.get(page5))).containsExactly(5);
        assertThat(String.join("", articles.get(page5).content().paragraphs())).contains("十二亿").doesNotContain("就业岗位");
        assertThat(articles.byIssue(issueId)).hasSize(3);
        assertThat(LinkedPages.sortedChars(articles.byIssue(issueId))).as("every character in exactly one of the three").isEqualTo(all);
        LinkedPages.assertInvariant(articles, jdbc, issueId);
    }

    @Test
    void aStoryOverThreePagesInOneImportIsOneArticleWithTwoParts() {
        ImportResult r = LinkedPages.importIssue(importer, "p1.txt", P1, "p3.txt", P3, "p5.txt", P5);

        assertThat(articles.byIssue(r.issueId())).singleElement().satisfies(a -> {
            assertThat(LinkedPages.pageNumbers(jdbc, a)).containsExactlyInAnyOrder(1, 3, 5);
            assertThat(String.join("|", a.content().paragraphs())).contains("五百万吨", "就业岗位", "十二亿")
                    .doesNotContain("下转", "上接");
        });
        assertThat(links.unlinkedJumps(r.issueId())).isEmpty();
        assertThat(liveLinksOnMergedArticles(r.issueId())).isZero();
        LinkedPages.assertInvariant(articles, jdbc, r.issueId());

        unlinkBothParts(r.issueId(), articles.byIssue(r.issueId()).get(0));
    }

    @Test
    void whenTheLaterPagesAreLinkedFirstThePartsMoveToTheArticleTheyWentInto() {
        ImportResult r = LinkedPages.importIssue(importer, "p3.txt", P3, "p5.txt", P5);
        assertThat(links.links(r.issueId())).as("3→5 linked first").hasSize(1);
        importer.importPages(r.issueId(), LinkedPages.files("p1.txt", P1), null);

        assertThat(articles.byIssue(r.issueId())).singleElement().satisfies(a -> assertThat(LinkedPages.pageNumbers(jdbc, a)).containsExactlyInAnyOrder(1, 3, 5));
        assertThat(liveLinksOnMergedArticles(r.issueId())).as("no link left on the merged page-3 part").isZero();
        LinkedPages.assertInvariant(articles, jdbc, r.issueId());

        unlinkBothParts(r.issueId(), articles.byIssue(r.issueId()).get(0));
    }

    @Test
    void linkingByHandIntoTheFirstPartOfALinkTakesItsPartAlong() {
        ImportResult r = LinkedPages.importIssue(importer, "p1.txt", P1, "p3.txt", P3, "p5.txt", P5);
        Article linked = articles.byIssue(r.issueId()).get(0);
        List<ArticleLink> parts = links.partsOf(linked.id());
        links.unlink(linked.id(), parts.get(1).partId());
        links.unlink(linked.id(), parts.get(0).partId());
        assertThat(articles.byIssue(r.issueId())).hasSize(3);

        Article a = articles.get(linked.id());
        Article b = articles.get(parts.get(0).partId());
        Article c = articles.get(parts.get(1).partId());
        links.link(b.id(), b.revision(), c.id(), c.revision());
        Article bc = articles.get(b.id());
        Article all = links.link(a.id(), a.revision(), bc.id(), bc.revision());

        assertThat(all.id()).isEqualTo(a.id());
        assertThat(LinkedPages.pageNumbers(jdbc, all)).containsExactlyInAnyOrder(1, 3, 5);
        assertThat(liveLinksOnMergedArticles(r.issueId())).isZero();
        LinkedPages.assertInvariant(articles, jdbc, r.issueId());

        unlinkBothParts(r.issueId(), all);
    }
}
