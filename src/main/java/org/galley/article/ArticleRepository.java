package org.galley.article;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ArticleRepository {

    private static final String ARTICLE = """
            select a.id, a.issue_id, a.page_id, p.page_number, a.position, a.current_revision, a.state,
                   a.approved_revision, a.version, a.updated_by, a.updated_at, r.content::text as content,
                   a.state_note
            from article a
            join page p on p.id = a.page_id
            join article_revision r on r.article_id = a.id and r.revision = a.current_revision
            """;
    private static final String ORDER = " order by p.page_number, a.position, a.id";

    private final JdbcClient jdbc;

    ArticleRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Article> find(long id) {
        return jdbc.sql(ARTICLE + " where a.id = :id").param("id", id).query(ArticleRepository::article).optional();
    }

    /** Locks the article row for the rest of the transaction, so structure changes see a stable state. */
    Optional<Article> findForUpdate(long id) {
        jdbc.sql("select id from article where id = :id for update").param("id", id).query(Long.class).optional();
        return find(id);
    }

    List<Article> findByIssue(long issueId) {
        return jdbc.sql(ARTICLE + " where a.issue_id = :i and a.merged_into is null" + ORDER)
                .param("i", issueId).query(ArticleRepository::article).list();
    }

    List<Article> findByPage(long pageId) {
        return jdbc.sql(ARTICLE + " where a.page_id = :p and a.merged_into is null" + ORDER)
                .param("p", pageId).query(ArticleRepository::article).list();
    }

    boolean isMerged(long id) {
        return jdbc.sql("select merged_into is not null from article where id = :id").param("id", id)
                .query(Boolean.class).optional().orElse(false);
    }

    /** The article this one was merged into, if it was. */
    Optional<Long> mergedInto(long id) {
        return jdbc.sql("select merged_into from article where id = :id").param("id", id)
                .query((rs, n) -> rs.getObject("merged_into", Long.class)).list().stream()
                .filter(java.util.Objects::nonNull).findFirst();
    }

    long insertArticle(long issueId, long pageId, int position, String actor) {
        return jdbc.sql("""
                        insert into article (issue_id, page_id, position, current_revision, updated_by)
                        values (:issue, :page, :pos, 1, :by) returning id""")
                .param("issue", issueId).param("page", pageId).param("pos", position).param("by", actor)
                .query(Long.class).single();
    }

    void insertRevision(long articleId, int revision, String author, Origin origin, String note, ArticleContent content) {
        jdbc.sql("""
                        insert into article_revision (article_id, revision, author, origin, note, content)
                        values (:a, :r, :author, :origin, :note, cast(:content as jsonb))""")
                .param("a", articleId).param("r", revision).param("author", author).param("origin", origin.name())
                .param("note", note).param("content", ContentJson.write(content))
                .update();
    }

    /**
     * Moves the article to its next revision only if it is still at {@code base}: the compare-and-set that
     * makes concurrent saves either land one at a time or fail as conflicts. Returns false on a conflict.
     * Any edit makes a revision that needs approval again, so an approved article goes back to corrected.
     */
    boolean advance(long articleId, int base, String actor) {
        return jdbc.sql("""
                        update article set current_revision = current_revision + 1, version = version + 1,
                               updated_by = :by, updated_at = now(),
                               state = case when state = 'APPROVED' then 'CORRECTED' else state end
                        where id = :id and current_revision = :base and merged_into is null""")
                .param("by", actor).param("id", articleId).param("base", base)
                .update() == 1;
    }

    void markMerged(long articleId, long into, String actor) {
        jdbc.sql("update article set merged_into = :into, version = version + 1, updated_by = :by, updated_at = now() where id = :id")
                .param("into", into).param("by", actor).param("id", articleId).update();
    }

    void setPosition(long articleId, int position, String actor) {
        jdbc.sql("update article set position = :pos, version = version + 1, updated_by = :by, updated_at = now() where id = :id")
                .param("pos", position).param("by", actor).param("id", articleId).update();
    }

    List<Long> idsOnPage(long pageId) {
        return jdbc.sql("select id from article where page_id = :p and merged_into is null order by position, id")
                .param("p", pageId).query(Long.class).list();
    }

    Optional<Long> issueOfPage(long pageId) {
        return jdbc.sql("select issue_id from page where id = :p").param("p", pageId).query(Long.class).optional();
    }

    int maxPosition(long pageId) {
        return jdbc.sql("select coalesce(max(position), 0) from article where page_id = :p").param("p", pageId)
                .query(Integer.class).single();
    }

    List<Revision> revisions(long articleId) {
        return jdbc.sql("""
                        select r.article_id, r.revision, r.author, r.created_at, r.origin, r.note, r.content::text as content,
                               a.page_id
                        from article_revision r join article a on a.id = r.article_id
                        where r.article_id = :a order by r.revision""")
                .param("a", articleId).query(ArticleRepository::revision).list();
    }

    Optional<Revision> revision(long articleId, int number) {
        return jdbc.sql("""
                        select r.article_id, r.revision, r.author, r.created_at, r.origin, r.note, r.content::text as content,
                               a.page_id
                        from article_revision r join article a on a.id = r.article_id
                        where r.article_id = :a and r.revision = :r""")
                .param("a", articleId).param("r", number).query(ArticleRepository::revision).optional();
    }

    private static Article article(ResultSet rs, int n) throws SQLException {
        Integer approved = rs.getObject("approved_revision", Integer.class);
        return new Article(rs.getLong("id"), rs.getLong("issue_id"), rs.getLong("page_id"), rs.getInt("page_number"),
                rs.getInt("position"), rs.getInt("current_revision"), ArticleState.valueOf(rs.getString("state")),
                approved, rs.getInt("version"), rs.getString("updated_by"),
                rs.getTimestamp("updated_at").toInstant(), ContentJson.read(rs.getString("content"), rs.getLong("page_id")),
                rs.getString("state_note"));
    }

    private static Revision revision(ResultSet rs, int n) throws SQLException {
        return new Revision(rs.getLong("article_id"), rs.getInt("revision"), rs.getString("author"),
                rs.getTimestamp("created_at").toInstant(), Origin.valueOf(rs.getString("origin")), rs.getString("note"),
                ContentJson.read(rs.getString("content"), rs.getLong("page_id")));
    }
}
