package org.galley.issue;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class PageRepository {

    private static final String COLUMNS =
            "id, issue_id, page_number, section, source_name, raw_text, sha256, encoding, language, leftovers::text as leftovers, imported_by, imported_at";
    private final JdbcClient jdbc;

    PageRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long issueId, int pageNumber, String section, String sourceName, String rawText, String sha256,
                String encoding, String language, String leftoversJson, String importedBy) {
        return jdbc.sql("""
                        insert into page (issue_id, page_number, section, source_name, raw_text, sha256, encoding, language, leftovers, imported_by)
                        values (:issue, :num, :section, :source, :raw, :sha, :enc, :lang, cast(:leftovers as jsonb), :by) returning id""")
                .param("issue", issueId).param("num", pageNumber).param("section", section).param("source", sourceName)
                .param("raw", rawText).param("sha", sha256).param("enc", encoding).param("lang", language)
                .param("leftovers", leftoversJson == null ? "{}" : leftoversJson).param("by", importedBy)
                .query(Long.class).single();
    }

    List<Page> findByIssue(long issueId) {
        return jdbc.sql("select " + COLUMNS + " from page where issue_id = :i order by page_number")
                .param("i", issueId).query(PageRepository::map).list();
    }

    Optional<Page> findById(long id) {
        return jdbc.sql("select " + COLUMNS + " from page where id = :id").param("id", id).query(PageRepository::map).optional();
    }

    boolean existsNumber(long issueId, int pageNumber) {
        return jdbc.sql("select count(*) from page where issue_id = :i and page_number = :n")
                .param("i", issueId).param("n", pageNumber).query(Long.class).single() > 0;
    }

    Optional<Integer> numberWithHash(long issueId, String sha256) {
        return jdbc.sql("select page_number from page where issue_id = :i and sha256 = :s")
                .param("i", issueId).param("s", sha256).query(Integer.class).optional();
    }

    int nextNumber(long issueId) {
        return jdbc.sql("select coalesce(max(page_number), 0) + 1 from page where issue_id = :i")
                .param("i", issueId).query(Integer.class).single();
    }

    private static Page map(ResultSet rs, int n) throws SQLException {
        return new Page(rs.getLong("id"), rs.getLong("issue_id"), rs.getInt("page_number"), rs.getString("section"),
                rs.getString("source_name"), rs.getString("raw_text"), rs.getString("sha256"), rs.getString("encoding"),
                rs.getString("language"), rs.getString("leftovers"), rs.getString("imported_by"), rs.getTimestamp("imported_at").toInstant());
    }
}
