package org.galley.publishing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PublicationRepository {

    private final JdbcClient jdbc;

    PublicationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Serializes publishing of one issue, so two editors cannot both create the same version. */
    boolean lockIssue(long issueId) {
        return jdbc.sql("select id from issue where id = :i for update").param("i", issueId).query(Long.class).optional().isPresent();
    }

    int nextVersion(long issueId) {
        return jdbc.sql("select coalesce(max(version), 0) + 1 from publication where issue_id = :i").param("i", issueId)
                .query(Integer.class).single();
    }

    long insert(long issueId, int version, String actor) {
        return jdbc.sql("insert into publication (issue_id, version, published_by) values (:i, :v, :by) returning id")
                .param("i", issueId).param("v", version).param("by", actor).query(Long.class).single();
    }

    /** Copies every approved article's approved revision into the publication, in page order. */
    int insertApprovedArticles(long publicationId, long issueId) {
        return jdbc.sql("""
                        insert into publication_article (publication_id, article_id, revision, ordinal, approved_by, approved_at)
                        select :pub, a.id, a.approved_revision,
                               row_number() over (order by p.page_number, a.position, a.id), a.approved_by, a.approved_at
                        from article a join page p on p.id = a.page_id
                        where a.issue_id = :i and a.merged_into is null and a.state = 'APPROVED'""")
                .param("pub", publicationId).param("i", issueId).update();
    }

    int withdrawLatest(long issueId, String actor) {
        return jdbc.sql("""
                        update publication set withdrawn_by = :by, withdrawn_at = now()
                        where issue_id = :i and withdrawn_at is null
                          and version = (select max(version) from publication where issue_id = :i)""")
                .param("by", actor).param("i", issueId).update();
    }

    List<Publication> findByIssue(long issueId) {
        return jdbc.sql("select * from publication where issue_id = :i order by version").param("i", issueId)
                .query((rs, n) -> map(rs)).list().stream().map(this::withArticles).toList();
    }

    Optional<Publication> find(long issueId, int version) {
        return jdbc.sql("select * from publication where issue_id = :i and version = :v").param("i", issueId).param("v", version)
                .query((rs, n) -> map(rs)).optional().map(this::withArticles);
    }

    Optional<Publication> latest(long issueId) {
        return jdbc.sql("select * from publication where issue_id = :i order by version desc limit 1").param("i", issueId)
                .query((rs, n) -> map(rs)).optional().map(this::withArticles);
    }

    /** One published article as the export needs it: its approved revision's stored content and its page. */
    record ExportedRevision(long articleId, int revision, int ordinal, long pageId, String approvedBy, Instant approvedAt,
                            String content) {
    }

    /** Every article of a publication with the content of the revision it names, in one query (in order). */
    List<ExportedRevision> exportedRevisions(long publicationId) {
        return jdbc.sql("""
                        select pa.article_id, pa.revision, pa.ordinal, a.page_id, pa.approved_by, pa.approved_at,
                               r.content::text as content
                        from publication_article pa
                        join article a on a.id = pa.article_id
                        join article_revision r on r.article_id = pa.article_id and r.revision = pa.revision
                        where pa.publication_id = :p order by pa.ordinal""")
                .param("p", publicationId)
                .query((rs, n) -> new ExportedRevision(rs.getLong("article_id"), rs.getInt("revision"), rs.getInt("ordinal"),
                        rs.getLong("page_id"), rs.getString("approved_by"), rs.getTimestamp("approved_at").toInstant(),
                        rs.getString("content")))
                .list();
    }

    // ---- stored exports (renditions) ----

    private static final String RENDITION = """
            select rendition, origin, file_name, sha256, size_bytes, rendered_by, rendered_at
            from publication_rendition""";

    /** Stores a rendition; false when that number is already taken (two first downloads at once). */
    boolean insertRendition(long publicationId, int rendition, Rendition.Origin origin, String fileName, byte[] zip,
                            String sha256, String actor) {
        return jdbc.sql("""
                        insert into publication_rendition (publication_id, rendition, origin, file_name, zip, sha256,
                                                           size_bytes, rendered_by)
                        values (:p, :r, :origin, :name, :zip, :sha, :size, :by)
                        on conflict (publication_id, rendition) do nothing""")
                .param("p", publicationId).param("r", rendition).param("origin", origin.name()).param("name", fileName)
                .param("zip", zip).param("sha", sha256).param("size", zip.length).param("by", actor)
                .update() == 1;
    }

    int nextRendition(long publicationId) {
        return jdbc.sql("select coalesce(max(rendition), 0) + 1 from publication_rendition where publication_id = :p")
                .param("p", publicationId).query(Integer.class).single();
    }

    List<Rendition> renditions(long publicationId) {
        return jdbc.sql(RENDITION + " where publication_id = :p order by rendition").param("p", publicationId)
                .query((rs, n) -> rendition(rs)).list();
    }

    /** A rendition with its bytes. */
    Optional<StoredZip> storedZip(long publicationId, int rendition) {
        return jdbc.sql("select rendition, file_name, sha256, zip from publication_rendition where publication_id = :p and rendition = :r")
                .param("p", publicationId).param("r", rendition)
                .query((rs, n) -> new StoredZip(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getBytes(4)))
                .optional();
    }

    record StoredZip(int rendition, String fileName, String sha256, byte[] zip) {
    }

    private static Rendition rendition(ResultSet rs) throws SQLException {
        return new Rendition(rs.getInt("rendition"), Rendition.Origin.valueOf(rs.getString("origin")), rs.getString("file_name"),
                rs.getString("sha256"), rs.getInt("size_bytes"), rs.getString("rendered_by"), rs.getTimestamp("rendered_at").toInstant());
    }

    private Publication withArticles(Publication p) {
        List<Publication.Entry> entries = jdbc.sql("""
                        select article_id, revision, ordinal, approved_by, approved_at
                        from publication_article where publication_id = :p order by ordinal""")
                .param("p", p.id())
                .query((rs, n) -> new Publication.Entry(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()))
                .list();
        return new Publication(p.id(), p.issueId(), p.version(), p.publishedBy(), p.publishedAt(), p.withdrawnBy(),
                p.withdrawnAt(), entries);
    }

    private static Publication map(ResultSet rs) throws SQLException {
        return new Publication(rs.getLong("id"), rs.getLong("issue_id"), rs.getInt("version"), rs.getString("published_by"),
                rs.getTimestamp("published_at").toInstant(), rs.getString("withdrawn_by"), instant(rs.getTimestamp("withdrawn_at")),
                List.of());
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
