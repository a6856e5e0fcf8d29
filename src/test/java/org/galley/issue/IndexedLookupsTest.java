package org.galley.issue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.galley.article.ArticleService;
import org.galley.publishing.PublishingService;
import org.galley.support.IntegrationTest;
import org.galley.support.TestData;
import org.galley.workflow.WorkflowService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The main lookups (an issue by id, an article by id, by issue, by page, an article's history, the blockers of
 * an issue, an export) read {@code article} and {@code article_revision} through indexes, not by scanning them.
 * <p>
 * Runs the services' real SQL on a database seeded with thousands of issues, articles and revisions (analyzed, so
 * the planner knows their size), then reads the sequential scans the statements made from PostgreSQL's own
 * per-transaction counters ({@code pg_stat_xact_user_tables}). The seed lives in one transaction that is rolled
 * back, so the shared test database is left as it was.
 */
@IntegrationTest
class IndexedLookupsTest {

    static final int ISSUES = 2_000;
    static final int ARTICLES_PER_PAGE = 5;

    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate tx;
    @Autowired
    IssueService issues;
    @Autowired
    ArticleService articles;
    @Autowired
    WorkflowService workflow;
    @Autowired
    PublishingService publishing;

    @Test
    void theMainLookupsNeverScanArticlesOrRevisionsOnALargeDatabase() {
        Map<String, Map<String, Long>> scans = new LinkedHashMap<>();
        tx.executeWithoutResult(status -> {
            status.setRollbackOnly();
            // The question is whether each query can use an index on a large, analyzed database. Earlier tests on
            // this pooled connection leave generic plans cached from a tiny database; plan each query afresh.
            jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
            long issueId = seed();
            long pageId = jdbc.sql("select id from page where issue_id = :i").param("i", issueId).query(Long.class).single();
            long articleId = jdbc.sql("select min(id) from article where page_id = :p").param("p", pageId).query(Long.class).single();
            TestData.asUser("planner", "ROLE_EDITOR", () -> {
                scans.put("issue by id", seqScans(() -> issues.find(issueId).orElseThrow()));
                scans.put("article by id", seqScans(() -> articles.get(articleId)));
                scans.put("articles by issue", seqScans(() -> articles.byIssue(issueId)));
                scans.put("articles by page", seqScans(() -> articles.byPage(pageId)));
                scans.put("history of an article", seqScans(() -> articles.history(articleId)));
                scans.put("publishing blockers", seqScans(() -> workflow.blockers(issueId)));
                scans.put("export of a publication", seqScans(() -> publishing.export(issueId, 1)));
                return null;
            });
        });
        assertThat(scans).hasSize(7);
        scans.forEach((lookup, counts) -> assertThat(counts).as(lookup + ": sequential scans of article and article_revision")
                .containsEntry("article", 0L).containsEntry("article_revision", 0L));
    }

    /** Sequential scans of the two big tables that {@code lookup} made, in this transaction. */
    Map<String, Long> seqScans(Supplier<Object> lookup) {
        Map<String, Long> before = counters();
        assertThat(lookup.get()).isNotNull();
        Map<String, Long> after = counters();
        Map<String, Long> made = new LinkedHashMap<>();
        after.forEach((table, n) -> made.put(table, n - before.getOrDefault(table, 0L)));
        return made;
    }

    Map<String, Long> counters() {
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("""
                        select relname, coalesce(seq_scan, 0) as n from pg_stat_xact_user_tables
                        where relname in ('article', 'article_revision')""")
                .query(rs -> {
                    counts.put(rs.getString("relname"), rs.getLong("n"));
                });
        counts.putIfAbsent("article", 0L);
        counts.putIfAbsent("article_revision", 0L);
        return counts;
    }

    /**
     * {@value #ISSUES} issues of one title, each with one page of {@value #ARTICLES_PER_PAGE} approved articles at
     * revision 2, and the last one published as version 1; then ANALYZE. Returns the published issue.
     */
    long seed() {
        long title = IssueRows.titleWithOnePageIssues(jdbc, "Planner " + UUID.randomUUID(), LocalDate.of(1800, 1, 1), ISSUES, "planner");
        jdbc.sql("""
                        insert into article (issue_id, page_id, position, current_revision, state, approved_revision,
                                             approved_by, approved_at, updated_by)
                        select p.issue_id, p.id, g, 1, 'APPROVED', 1, 'planner', now(), 'planner'
                        from page p join issue i on i.id = p.issue_id, generate_series(1, :k) g where i.title_id = :t""")
                .param("t", title).param("k", ARTICLES_PER_PAGE).update();
        jdbc.sql("""
                        insert into article_revision (article_id, revision, author, origin, content)
                        select a.id, r, 'planner', 'SEGMENTER', jsonb_build_object('kind', 'news', 'headline', 'Planned ' || a.id,
                               'paragraphs', jsonb_build_array('Text of ' || a.id))
                        from article a join issue i on i.id = a.issue_id, generate_series(1, 2) r where i.title_id = :t""")
                .param("t", title).update();
        // Articles start at revision 1 and move on one at a time, as the database's guards insist.
        jdbc.sql("""
                        update article a set current_revision = 2, approved_revision = 2
                        from issue i where i.id = a.issue_id and i.title_id = :t""")
                .param("t", title).update();
        long issueId = jdbc.sql("select max(id) from issue where title_id = :t").param("t", title).query(Long.class).single();
        long publication = jdbc.sql("insert into publication (issue_id, version, published_by) values (:i, 1, 'planner') returning id")
                .param("i", issueId).query(Long.class).single();
        jdbc.sql("""
                        insert into publication_article (publication_id, article_id, revision, ordinal, approved_by, approved_at)
                        select :pub, id, 2, row_number() over (order by position), 'planner', now() from article where issue_id = :i""")
                .param("pub", publication).param("i", issueId).update();
        jdbc.sql("analyze issue, page, article, article_revision, publication, publication_article").update();
        return issueId;
    }
}
