package org.galley.issue;

import java.sql.Date;
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

    List<IssueSummary> findAll() {
        Map<Long, Map<String, Integer>> states = new HashMap<>();
        jdbc.sql("select issue_id, state, count(*) as n from article group by issue_id, state")
                .query(rs -> {
                    states.computeIfAbsent(rs.getLong("issue_id"), k -> new LinkedHashMap<>())
                            .put(rs.getString("state"), rs.getInt("n"));
                });
        return jdbc.sql("""
                        select i.id, t.name, t.language, i.issue_date, i.edition, i.number,
                               (select count(*) from page p where p.issue_id = i.id) as pages,
                               (select count(*) from article a where a.issue_id = i.id) as articles
                        from issue i join newspaper_title t on t.id = i.title_id
                        order by i.issue_date desc, t.name, i.edition
                        """)
                .query((rs, n) -> new IssueSummary(rs.getLong("id"), rs.getString("name"), rs.getString("language"),
                        rs.getObject("issue_date", LocalDate.class), rs.getString("edition"), rs.getString("number"),
                        rs.getInt("pages"), rs.getInt("articles"),
                        Map.copyOf(states.getOrDefault(rs.getLong("id"), Map.of()))))
                .list();
    }

    Optional<IssueSummary> findById(long id) {
        return findAll().stream().filter(i -> i.id() == id).findFirst();
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
