package org.galley.workflow;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class WorkflowRepository {

    record Blocker(long articleId, int page, String headline, String state) {
    }

    private final JdbcClient jdbc;

    WorkflowRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Moves the article to {@code to} only from one of the allowed states; false when it was elsewhere. */
    boolean transition(long articleId, List<String> from, String to, String note, String actor) {
        return jdbc.sql("""
                        update article set state = :to, state_note = :note, version = version + 1,
                               updated_by = :by, updated_at = now()
                        where id = :id and merged_into is null and state in (:from)""")
                .param("to", to).param("note", note).param("by", actor).param("id", articleId).param("from", from)
                .update() == 1;
    }

    /** Approves exactly {@code revision}, and only while it is still the current one. */
    boolean approve(long articleId, int revision, String actor) {
        return jdbc.sql("""
                        update article set state = 'APPROVED', approved_revision = :rev, approved_by = :by,
                               approved_at = now(), state_note = null, version = version + 1
                        where id = :id and merged_into is null and current_revision = :rev
                          and state in ('DRAFT', 'CORRECTED', 'REJECTED')""")
                .param("rev", revision).param("by", actor).param("id", articleId)
                .update() == 1;
    }

    /** An article's revision pointer and state, as locked for a bulk approval. */
    record Current(long id, int revision, String state, boolean merged) {
    }

    /** Locks the articles that exist among {@code ids}, in id order, and reads where each stands. */
    java.util.Map<Long, Current> lockAll(java.util.Collection<Long> ids) {
        java.util.Map<Long, Current> out = new java.util.HashMap<>();
        jdbc.sql("""
                        select id, current_revision, state, merged_into is not null as merged
                        from article where id in (:ids) order by id for update""")
                .param("ids", List.copyOf(ids))
                .query((rs, n) -> new Current(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getBoolean(4)))
                .list().forEach(c -> out.put(c.id(), c));
        return out;
    }

    List<Blocker> blockers(long issueId) {
        return jdbc.sql("""
                        select a.id, p.page_number, r.content->>'headline' as headline, a.state
                        from article a join page p on p.id = a.page_id
                        join article_revision r on r.article_id = a.id and r.revision = a.current_revision
                        where a.issue_id = :i and a.merged_into is null and a.state not in ('APPROVED', 'EXCLUDED')
                          -- Lines marked as page furniture are never published, so they never hold publishing up.
                          and coalesce(r.content->>'kind', 'news') <> 'furniture'
                        order by p.page_number, a.position""")
                .param("i", issueId)
                .query((rs, n) -> new Blocker(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4)))
                .list();
    }

    String state(long articleId) {
        return jdbc.sql("select state from article where id = :id").param("id", articleId).query(String.class)
                .optional().orElse(null);
    }
}
