package org.galley.issue;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class IssueRepository {

    private final JdbcClient jdbc;

    IssueRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Live articles only: a merged-away article left the page, and an article of the furniture kind is page
     * furniture (never published, never counted).
     */
    private static final String STATE_COUNTS = """
            select a.issue_id, a.state, count(*) as n
            from article a join article_revision r on r.article_id = a.id and r.revision = a.current_revision
            where a.merged_into is null and coalesce(r.content->>'kind', 'news') <> 'furniture'
            """;
    private static final String ISSUES = """
            select i.id, t.name, t.language, i.issue_date, i.edition, i.number,
                   (select count(*) from page p where p.issue_id = i.id) as pages,
                   pub.version as published_version, pub.published_at, pub.withdrawn_at
            from issue i join newspaper_title t on t.id = i.title_id
            left join lateral (select version, published_at, withdrawn_at from publication
                               where publication.issue_id = i.id order by version desc limit 1) pub on true
            """;

    List<IssueSummary> findAll() {
        Map<Long, Map<String, Integer>> states = new HashMap<>();
        jdbc.sql(STATE_COUNTS + " group by a.issue_id, a.state").query(rs -> {
            states.computeIfAbsent(rs.getLong("issue_id"), k -> new LinkedHashMap<>()).put(rs.getString("state"), rs.getInt("n"));
        });
        return jdbc.sql(ISSUES + " order by i.issue_date desc, t.name, i.edition")
                .query((rs, n) -> summary(rs, states.getOrDefault(rs.getLong("id"), Map.of())))
                .list();
    }

    /** One issue by its id: two indexed queries, whatever the number of issues on file. */
    Optional<IssueSummary> findById(long id) {
        Map<String, Integer> states = new LinkedHashMap<>();
        jdbc.sql(STATE_COUNTS + " and a.issue_id = :id group by a.issue_id, a.state").param("id", id)
                .query(rs -> {
                    states.put(rs.getString("state"), rs.getInt("n"));
                });
        return jdbc.sql(ISSUES + " where i.id = :id").param("id", id)
                .query((rs, n) -> summary(rs, states)).optional();
    }

    private static IssueSummary summary(ResultSet rs, Map<String, Integer> states) throws SQLException {
        int articles = states.values().stream().mapToInt(Integer::intValue).sum();
        Timestamp publishedAt = rs.getTimestamp("published_at");
        return new IssueSummary(rs.getLong("id"), rs.getString("name"), rs.getString("language"),
                rs.getObject("issue_date", LocalDate.class), rs.getString("edition"), rs.getString("number"),
                rs.getInt("pages"), articles, Map.copyOf(states), rs.getObject("published_version", Integer.class),
                publishedAt == null ? null : publishedAt.toInstant(), rs.getTimestamp("withdrawn_at") != null);
    }

    long titleId(String name, String language) {
        Optional<Long> existing = jdbc.sql("select id from newspaper_title where name = :n").param("n", name)
                .query(Long.class).optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        // Someone may insert the same title at this moment: then theirs is the one.
        jdbc.sql("insert into newspaper_title (name, language) values (:n, :l) on conflict (name) do nothing")
                .param("n", name).param("l", language == null || language.isBlank() ? "zh" : language)
                .update();
        return jdbc.sql("select id from newspaper_title where name = :n").param("n", name).query(Long.class).single();
    }

    /** The language a newspaper title was created with, if the title exists. */
    Optional<String> titleLanguage(String name) {
        return jdbc.sql("select language from newspaper_title where name = :n").param("n", name).query(String.class).optional();
    }

    Optional<Long> find(long titleId, LocalDate date, String edition) {
        return jdbc.sql("select id from issue where title_id = :t and issue_date = :d and edition = :e")
                .param("t", titleId).param("d", Date.valueOf(date)).param("e", edition)
                .query(Long.class).optional();
    }

    /** Empty when the issue exists already (also when created by someone else at this moment). */
    Optional<Long> insert(long titleId, LocalDate date, String edition, String number, String createdBy) {
        return jdbc.sql("""
                        insert into issue (title_id, issue_date, edition, number, created_by)
                        values (:t, :d, :e, :num, :by)
                        on conflict (title_id, issue_date, edition) do nothing returning id""")
                .param("t", titleId).param("d", Date.valueOf(date)).param("e", edition)
                .param("num", number).param("by", createdBy)
                .query(Long.class).optional();
    }

    boolean exists(long id) {
        return jdbc.sql("select exists (select 1 from issue where id = :id)").param("id", id).query(Boolean.class).single();
    }

    long count() {
        return jdbc.sql("select count(*) from issue").query(Long.class).single();
    }
}
