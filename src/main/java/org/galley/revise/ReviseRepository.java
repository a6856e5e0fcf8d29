package org.galley.revise;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ReviseRepository {

    private final JdbcClient jdbc;

    ReviseRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Current(long id, int revision, boolean merged) {
    }

    /**
     * Locks the articles in id order and reads their current revision: between this and the writes no one else
     * can save them, so a revision that matches here is the one written on.
     */
    Map<Long, Current> lock(List<Long> ids) {
        Map<Long, Current> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.sql("select id, current_revision, merged_into is not null from article where id in (:ids) order by id for update")
                .param("ids", ids)
                .query((rs, n) -> new Current(rs.getLong(1), rs.getInt(2), rs.getBoolean(3)))
                .list().forEach(c -> out.put(c.id(), c));
        return out;
    }

    long insert(long issueId, ChangeSet.Kind kind, String actor, Replacement r, String note, Long reverts) {
        return jdbc.sql("""
                        insert into change_set (issue_id, kind, actor, find_text, replace_text, whole_word, match_case, note, reverts)
                        values (:i, :k, :a, :f, :r, :w, :c, :n, :rev) returning id""")
                .param("i", issueId).param("k", kind.name()).param("a", actor).param("f", r.find()).param("r", r.replace())
                .param("w", r.wholeWord()).param("c", r.matchCase()).param("n", note).param("rev", reverts)
                .query(Long.class).single();
    }

    void insertEntry(long changeSetId, long articleId, int before, int after) {
        jdbc.sql("insert into change_set_article (change_set_id, article_id, revision_before, revision_after) values (:c, :a, :b, :r)")
                .param("c", changeSetId).param("a", articleId).param("b", before).param("r", after).update();
    }

    private static final String SELECT = """
            select c.*, (select r.id from change_set r where r.reverts = c.id) as reverted_by from change_set c""";

    Optional<ChangeSet> find(long id) {
        return jdbc.sql(SELECT + " where c.id = :id").param("id", id).query((rs, n) -> map(rs)).optional().map(this::withEntries);
    }

    List<ChangeSet> byIssue(long issueId) {
        return jdbc.sql(SELECT + " where c.issue_id = :i order by c.id desc").param("i", issueId)
                .query((rs, n) -> map(rs)).list().stream().map(this::withEntries).toList();
    }

    /** Serializes reverts of one change set (the unique index would refuse the second anyway, less kindly). */
    void lockIssue(long issueId) {
        jdbc.sql("select id from issue where id = :i for update").param("i", issueId).query(Long.class).optional();
    }

    private ChangeSet withEntries(ChangeSet c) {
        List<ChangeSet.Entry> entries = jdbc.sql("""
                        select article_id, revision_before, revision_after from change_set_article
                        where change_set_id = :c order by article_id""")
                .param("c", c.id()).query((rs, n) -> new ChangeSet.Entry(rs.getLong(1), rs.getInt(2), rs.getInt(3))).list();
        return new ChangeSet(c.id(), c.issueId(), c.kind(), c.actor(), c.createdAt(), c.find(), c.replace(), c.wholeWord(),
                c.matchCase(), c.note(), c.reverts(), c.revertedBy(), entries);
    }

    private static ChangeSet map(ResultSet rs) throws SQLException {
        return new ChangeSet(rs.getLong("id"), rs.getLong("issue_id"), ChangeSet.Kind.valueOf(rs.getString("kind")),
                rs.getString("actor"), rs.getTimestamp("created_at").toInstant(), rs.getString("find_text"),
                rs.getString("replace_text"), rs.getBoolean("whole_word"), rs.getBoolean("match_case"), rs.getString("note"),
                rs.getObject("reverts", Long.class), rs.getObject("reverted_by", Long.class), List.of());
    }
}
