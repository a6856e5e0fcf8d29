package org.galley.issue;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Many issues written straight into the tables in plain SQL, for the tests and benchmarks that need thousands. */
final class IssueRows {

    private IssueRows() {
    }

    /**
     * A new English title with {@code count} issues, dated the days after {@code dayZero}, each with one page
     * (no articles), all created by {@code by}. Answers the title's id.
     */
    static long titleWithOnePageIssues(JdbcClient jdbc, String name, LocalDate dayZero, int count, String by) {
        long title = jdbc.sql("insert into newspaper_title (name, language) values (:name, 'en') returning id")
                .param("name", name).query(Long.class).single();
        jdbc.sql("""
                insert into issue (title_id, issue_date, edition, created_by)
                select :t, cast(:day as date) + g, '', :by from generate_series(1, :n) g""")
                .param("t", title).param("day", dayZero).param("n", count).param("by", by).update();
        jdbc.sql("""
                insert into page (issue_id, page_number, source_name, raw_text, sha256, encoding, imported_by)
                select id, 1, 'p1.txt', 'raw ' || id, md5(id::text), 'UTF-8', :by from issue where title_id = :t""")
                .param("t", title).param("by", by).update();
        return title;
    }
}
