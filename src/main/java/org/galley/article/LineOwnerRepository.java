package org.galley.article;

import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The line_owner table: one row per non-blank raw line of a page. */
@Repository
class LineOwnerRepository {

    private final JdbcClient jdbc;

    LineOwnerRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<LineOwner> onPage(long pageId) {
        return jdbc.sql("select page_id, line, owner, article_id from line_owner where page_id = :p order by line")
                .param("p", pageId)
                .query((rs, n) -> new LineOwner(rs.getLong("page_id"), rs.getInt("line"),
                        LineOwner.Kind.valueOf(rs.getString("owner")), rs.getObject("article_id", Long.class)))
                .list();
    }

    boolean hasRows(long pageId) {
        return jdbc.sql("select exists (select 1 from line_owner where page_id = :p)").param("p", pageId)
                .query(Boolean.class).single();
    }

    void insert(long pageId, int line, LineOwner.Kind kind, Long articleId) {
        jdbc.sql("insert into line_owner (page_id, line, owner, article_id) values (:p, :l, :o, :a)")
                .param("p", pageId).param("l", line).param("o", kind.name()).param("a", articleId).update();
    }

    void set(long pageId, Collection<Integer> lines, LineOwner.Kind kind, Long articleId) {
        if (lines.isEmpty()) {
            return;
        }
        jdbc.sql("update line_owner set owner = :o, article_id = :a where page_id = :p and line in (:lines)")
                .param("o", kind.name()).param("a", articleId).param("p", pageId).param("lines", List.copyOf(lines)).update();
    }

    /** Serializes structure changes per page: the rows of a page change only under its lock. */
    void lockPage(long pageId) {
        jdbc.sql("select id from page where id = :p for update").param("p", pageId).query(Long.class).optional();
    }

    String rawText(long pageId) {
        return jdbc.sql("select raw_text from page where id = :p").param("p", pageId).query(String.class).optional().orElse("");
    }

    String leftoversJson(long pageId) {
        return jdbc.sql("select leftovers::text from page where id = :p").param("p", pageId).query(String.class).optional().orElse("{}");
    }

    List<Long> pagesWithoutOwners() {
        return jdbc.sql("select id from page p where not exists (select 1 from line_owner o where o.page_id = p.id) order by id")
                .query(Long.class).list();
    }

    /** Articles merged away that still own a line of the page: always none when the invariant holds. */
    List<Long> mergedOwners(long pageId) {
        return jdbc.sql("""
                        select distinct o.article_id from line_owner o join article a on a.id = o.article_id
                        where o.page_id = :p and a.merged_into is not null""")
                .param("p", pageId).query(Long.class).list();
    }
}
