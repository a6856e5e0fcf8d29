package org.galley.article;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The jump_line and article_link tables. */
@Repository
class LinkRepository {

    /** A jump line with its page number and the article that owns its line (null: furniture or leftovers). */
    record OwnedJump(JumpLine jump, int pageNumber, Long ownerId) {
    }

    private static final String LINK = """
            select l.id, l.issue_id, l.article_id, l.part_id, l.part_page_id, p.page_number,
                   coalesce(l.to_line, 0) as to_line, coalesce(l.from_line, 0) as from_line, l.origin
            from article_link l join page p on p.id = l.part_page_id
            """;

    private final JdbcClient jdbc;

    LinkRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertJump(JumpLine j) {
        jdbc.sql("""
                        insert into jump_line (page_id, line, direction, target_page) values (:p, :l, :d, :t)
                        on conflict (page_id, line) do nothing""")
                .param("p", j.pageId()).param("l", j.line()).param("d", j.direction()).param("t", j.targetPage()).update();
    }

    /** Every jump line of the issue that no live link joins, with its owner, in page and line order. */
    List<OwnedJump> unlinkedJumps(long issueId) {
        return jdbc.sql("""
                        select j.page_id, j.line, j.direction, j.target_page, p.page_number, o.article_id
                        from jump_line j
                        join page p on p.id = j.page_id
                        left join line_owner o on o.page_id = j.page_id and o.line = j.line
                        where p.issue_id = :i
                          and not exists (select 1 from article_link l where l.unlinked_at is null
                                and ((l.to_page_id = j.page_id and l.to_line = j.line)
                                  or (l.from_page_id = j.page_id and l.from_line = j.line)))
                        order by p.page_number, j.line""")
                .param("i", issueId)
                .query((rs, n) -> new OwnedJump(new JumpLine(rs.getLong("page_id"), rs.getInt("line"), rs.getString("direction"),
                        rs.getObject("target_page", Integer.class)), rs.getInt("page_number"), rs.getObject("article_id", Long.class)))
                .list();
    }

    boolean issueExists(long issueId) {
        return jdbc.sql("select exists (select 1 from issue where id = :i)").param("i", issueId).query(Boolean.class).single();
    }

    /**
     * The live-article jump lines of the issue that no live link joins, counted per page id: a jump owned by the
     * furniture, the leftovers, a merged or an excluded article is left out.
     */
    Map<Long, Integer> unlinkedJumpCountsOfLiveArticles(long issueId) {
        return jdbc.sql("""
                        select j.page_id, count(*) as n
                        from jump_line j
                        join page p on p.id = j.page_id
                        join line_owner o on o.page_id = j.page_id and o.line = j.line
                        join article a on a.id = o.article_id and a.merged_into is null and a.state <> 'EXCLUDED'
                        where p.issue_id = :i
                          and not exists (select 1 from article_link l where l.unlinked_at is null
                                and ((l.to_page_id = j.page_id and l.to_line = j.line)
                                  or (l.from_page_id = j.page_id and l.from_line = j.line)))
                        group by j.page_id""")
                .param("i", issueId)
                .query((rs, n) -> Map.entry(rs.getLong("page_id"), rs.getInt("n"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** Whether an editor unlinked this part from this first part (or from this "continued on" jump) before. */
    boolean wasUnlinked(long articleId, long partId, JumpLine to) {
        return jdbc.sql("""
                        select exists (select 1 from article_link where unlinked_at is not null and part_id = :part
                                       and (article_id = :a or (to_page_id = :tp and to_line = :tl)))""")
                .param("part", partId).param("a", articleId)
                .param("tp", to == null ? null : to.pageId()).param("tl", to == null ? null : to.line())
                .query(Boolean.class).single();
    }

    /** Moves the live parts of an article being linked as a part to the article that takes it in. */
    void moveParts(long fromArticleId, long toArticleId, int linkRevision) {
        jdbc.sql("""
                        update article_link set article_id = :to, link_revision = :lr
                        where article_id = :from and unlinked_at is null""")
                .param("to", toArticleId).param("lr", linkRevision).param("from", fromArticleId).update();
    }

    /** The latest revision of the article that took in a part still linked, if any. */
    Optional<Integer> latestLiveLinkRevision(long articleId) {
        return jdbc.sql("select max(link_revision) from article_link where article_id = :a and unlinked_at is null")
                .param("a", articleId).query((rs, n) -> rs.getObject(1, Integer.class)).list().stream()
                .filter(java.util.Objects::nonNull).findFirst();
    }

    void insertLink(long issueId, long articleId, long partId, long partPageId, JumpLine to, JumpLine from,
                    int linkRevision, int partRevision, String partHeadline, String origin, String actor) {
        jdbc.sql("""
                        insert into article_link (issue_id, article_id, part_id, part_page_id, to_page_id, to_line,
                                                  from_page_id, from_line, link_revision, part_revision, part_headline,
                                                  origin, linked_by)
                        values (:i, :a, :part, :pp, :tp, :tl, :fp, :fl, :lr, :pr, :ph, :o, :by)""")
                .param("i", issueId).param("a", articleId).param("part", partId).param("pp", partPageId)
                .param("tp", to == null ? null : to.pageId()).param("tl", to == null ? null : to.line())
                .param("fp", from == null ? null : from.pageId()).param("fl", from == null ? null : from.line())
                .param("lr", linkRevision).param("pr", partRevision).param("ph", partHeadline).param("o", origin).param("by", actor).update();
    }

    List<ArticleLink> liveLinks(long issueId) {
        return jdbc.sql(LINK + " where l.issue_id = :i and l.unlinked_at is null order by l.id").param("i", issueId)
                .query(LinkRepository::link).list();
    }

    List<ArticleLink> liveLinksOf(long articleId) {
        return jdbc.sql(LINK + " where l.article_id = :a and l.unlinked_at is null order by p.page_number, l.id")
                .param("a", articleId).query(LinkRepository::link).list();
    }

    /** The live link of a part, locked for the rest of the transaction. */
    Optional<ArticleLink> liveLinkForUpdate(long articleId, long partId) {
        jdbc.sql("select id from article_link where article_id = :a and part_id = :p and unlinked_at is null for update")
                .param("a", articleId).param("p", partId).query(Long.class).optional();
        return jdbc.sql(LINK + " where l.article_id = :a and l.part_id = :p and l.unlinked_at is null")
                .param("a", articleId).param("p", partId).query(LinkRepository::link).optional();
    }

    int linkRevision(long linkId) {
        return jdbc.sql("select link_revision from article_link where id = :id").param("id", linkId).query(Integer.class).single();
    }

    int partRevision(long linkId) {
        return jdbc.sql("select part_revision from article_link where id = :id").param("id", linkId).query(Integer.class).single();
    }

    String partHeadline(long linkId) {
        return jdbc.sql("select part_headline from article_link where id = :id").param("id", linkId).query(String.class).optional().orElse(null);
    }

    void markUnlinked(long linkId, String actor) {
        jdbc.sql("update article_link set unlinked_by = :by, unlinked_at = now() where id = :id")
                .param("by", actor).param("id", linkId).update();
    }

    /** The part comes back to its page as a live article (its history goes on). */
    void revive(long articleId, String actor) {
        jdbc.sql("update article set merged_into = null, version = version + 1, updated_by = :by, updated_at = now() where id = :id")
                .param("by", actor).param("id", articleId).update();
    }

    private static ArticleLink link(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new ArticleLink(rs.getLong("id"), rs.getLong("issue_id"), rs.getLong("article_id"), rs.getLong("part_id"),
                rs.getLong("part_page_id"), rs.getInt("page_number"), rs.getInt("to_line"), rs.getInt("from_line"),
                rs.getString("origin"));
    }
}
