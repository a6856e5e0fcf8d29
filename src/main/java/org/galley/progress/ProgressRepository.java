package org.galley.progress;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Progress figures, page claims and finished pages, in plain SQL. */
@Repository
class ProgressRepository {

    /** Counted as the issues list counts: live articles, page furniture left out. */
    private static final String STATE_COUNTS = """
            select a.page_id, a.state, count(*) as n
            from article a join article_revision r on r.article_id = a.id and r.revision = a.current_revision
            where a.merged_into is null and coalesce(r.content->>'kind', 'news') <> 'furniture' and a.issue_id = :issue
            group by a.page_id, a.state
            """;

    record PageRow(long pageId, int pageNumber) {
    }

    record Worked(String by, Instant at) {
    }

    private final JdbcClient jdbc;

    ProgressRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean issueExists(long issueId) {
        return jdbc.sql("select exists (select 1 from issue where id = :id)").param("id", issueId).query(Boolean.class).single();
    }

    List<PageRow> pages(long issueId) {
        return jdbc.sql("select id, page_number from page where issue_id = :issue order by page_number")
                .param("issue", issueId).query((rs, n) -> new PageRow(rs.getLong(1), rs.getInt(2))).list();
    }

    Optional<Long> issueOfPage(long pageId) {
        return jdbc.sql("select issue_id from page where id = :id").param("id", pageId).query(Long.class).optional();
    }

    Optional<Integer> pageNumber(long pageId) {
        return jdbc.sql("select page_number from page where id = :id").param("id", pageId).query(Integer.class).optional();
    }

    Map<Long, Map<String, Integer>> statesByPage(long issueId) {
        Map<Long, Map<String, Integer>> out = new HashMap<>();
        jdbc.sql(STATE_COUNTS).param("issue", issueId).query(rs -> {
            out.computeIfAbsent(rs.getLong("page_id"), id -> new TreeMap<>()).put(rs.getString("state"), rs.getInt("n"));
        });
        return out;
    }

    Map<Long, Integer> leftoverLinesByPage(long issueId) {
        Map<Long, Integer> out = new HashMap<>();
        jdbc.sql("""
                select o.page_id, count(*) from line_owner o join page p on p.id = o.page_id
                where p.issue_id = :issue and o.owner = 'LEFTOVER' group by o.page_id
                """).param("issue", issueId).query(rs -> {
            out.put(rs.getLong(1), rs.getInt(2));
        });
        return out;
    }

    /** The latest hand-made revision (not the segmenter's) per page. */
    Map<Long, Worked> lastRevisionByPage(long issueId) {
        Map<Long, Worked> out = new HashMap<>();
        jdbc.sql("""
                select distinct on (a.page_id) a.page_id, r.author, r.created_at
                from article_revision r join article a on a.id = r.article_id
                where a.issue_id = :issue and r.origin <> 'SEGMENTER'
                order by a.page_id, r.created_at desc
                """).param("issue", issueId).query(rs -> {
            out.put(rs.getLong(1), new Worked(rs.getString(2), rs.getTimestamp(3).toInstant()));
        });
        return out;
    }

    Map<Long, Worked> lastFinishedByPage(long issueId) {
        Map<Long, Worked> out = new HashMap<>();
        jdbc.sql("""
                select distinct on (f.page_id) f.page_id, f.finished_by, f.finished_at
                from page_finished f join page p on p.id = f.page_id
                where p.issue_id = :issue order by f.page_id, f.finished_at desc, f.id desc
                """).param("issue", issueId).query(rs -> {
            out.put(rs.getLong(1), new Worked(rs.getString(2), rs.getTimestamp(3).toInstant()));
        });
        return out;
    }

    /** Per issue: article counts by state and unassigned lines, for every issue at once (the issues list). */
    Map<Long, IssueProgress.Totals> totalsByIssue() {
        Map<Long, Map<String, Integer>> states = new HashMap<>();
        jdbc.sql("""
                select a.issue_id, a.state, count(*) as n
                from article a join article_revision r on r.article_id = a.id and r.revision = a.current_revision
                where a.merged_into is null and coalesce(r.content->>'kind', 'news') <> 'furniture'
                group by a.issue_id, a.state
                """).query(rs -> {
            states.computeIfAbsent(rs.getLong(1), id -> new TreeMap<>()).put(rs.getString(2), rs.getInt(3));
        });
        Map<Long, Integer> leftovers = new HashMap<>();
        jdbc.sql("""
                select p.issue_id, count(*) from line_owner o join page p on p.id = o.page_id
                where o.owner = 'LEFTOVER' group by p.issue_id
                """).query(rs -> {
            leftovers.put(rs.getLong(1), rs.getInt(2));
        });
        Map<Long, IssueProgress.Totals> out = new HashMap<>();
        jdbc.sql("select id from issue").query(Long.class).list().forEach(id ->
                out.put(id, new IssueProgress.Totals(states.getOrDefault(id, Map.of()), leftovers.getOrDefault(id, 0))));
        return out;
    }

    // --- claims ---

    /**
     * Takes the page for {@code holder} unless someone else holds it and was active since {@code cutoff}; one
     * statement, so two people claiming at once cannot both win.
     */
    Optional<Claim> claim(long pageId, String holder, Instant now, Instant cutoff) {
        return jdbc.sql("""
                insert into page_claim (page_id, holder, claimed_at, active_at) values (:page, :holder, :now, :now)
                on conflict (page_id) do update set holder = excluded.holder,
                    claimed_at = case when page_claim.holder = excluded.holder and page_claim.active_at >= :cutoff
                                      then page_claim.claimed_at else excluded.claimed_at end,
                    active_at = excluded.active_at
                where page_claim.holder = excluded.holder or page_claim.active_at < :cutoff
                returning page_id, holder, claimed_at, active_at
                """).param("page", pageId).param("holder", holder).param("now", ts(now)).param("cutoff", ts(cutoff))
                .query(ProgressRepository::claimRow).optional();
    }

    Optional<Claim> liveClaim(long pageId, Instant cutoff) {
        return jdbc.sql("select page_id, holder, claimed_at, active_at from page_claim where page_id = :page and active_at >= :cutoff")
                .param("page", pageId).param("cutoff", ts(cutoff)).query(ProgressRepository::claimRow).optional();
    }

    Map<Long, String> liveClaims(long issueId, Instant cutoff) {
        Map<Long, String> out = new HashMap<>();
        jdbc.sql("""
                select c.page_id, c.holder from page_claim c join page p on p.id = c.page_id
                where p.issue_id = :issue and c.active_at >= :cutoff
                """).param("issue", issueId).param("cutoff", ts(cutoff)).query(rs -> {
            out.put(rs.getLong(1), rs.getString(2));
        });
        return out;
    }

    boolean touch(long pageId, String holder, Instant now, Instant cutoff) {
        return jdbc.sql("update page_claim set active_at = :now where page_id = :page and holder = :holder and active_at >= :cutoff")
                .param("now", ts(now)).param("page", pageId).param("holder", holder).param("cutoff", ts(cutoff)).update() > 0;
    }

    boolean release(long pageId, String holder) {
        return jdbc.sql("delete from page_claim where page_id = :page and holder = :holder")
                .param("page", pageId).param("holder", holder).update() > 0;
    }

    /** Ends every claim of one user; the pages they held. */
    List<Long> releaseAll(String holder) {
        return new ArrayList<>(jdbc.sql("delete from page_claim where holder = :holder returning page_id")
                .param("holder", holder).query(Long.class).list());
    }

    /** Ends the claims idle since before {@code cutoff}; the pages they held. */
    List<Long> expire(Instant cutoff) {
        return new ArrayList<>(jdbc.sql("delete from page_claim where active_at < :cutoff returning page_id")
                .param("cutoff", ts(cutoff)).query(Long.class).list());
    }

    void finished(long pageId, String by, Instant at) {
        jdbc.sql("insert into page_finished (page_id, finished_by, finished_at) values (:page, :by, :at)")
                .param("page", pageId).param("by", by).param("at", ts(at)).update();
    }

    private static Claim claimRow(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Claim(rs.getLong("page_id"), rs.getString("holder"), rs.getTimestamp("claimed_at").toInstant(),
                rs.getTimestamp("active_at").toInstant());
    }

    private static Timestamp ts(Instant i) {
        return Timestamp.from(i);
    }

    /** Where the given live articles are and their current revision, for telling open pages of a change. */
    record ChangedArticle(long id, long pageId, int revision, String headline) {
    }

    List<ChangedArticle> changedArticles(java.util.Collection<Long> ids) {
        return jdbc.sql("""
                        select a.id, a.page_id, a.current_revision, r.content->>'headline' as headline
                        from article a
                        join article_revision r on r.article_id = a.id and r.revision = a.current_revision
                        where a.id in (:ids) and a.merged_into is null""")
                .param("ids", ids)
                .query((rs, n) -> new ChangedArticle(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4)))
                .list();
    }
}
