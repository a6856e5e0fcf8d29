package org.galley.search;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class SearchRepository {

    /** What indexing one article needs, read in one statement. */
    record Source(long articleId, long issueId, long titleId, LocalDate issueDate, long pageId, int pageNumber,
                  String language, String state, boolean merged, boolean published, int revision, String content) {
    }

    /** One row found, with the texts the snippet is cut from. */
    record Row(long articleId, long issueId, String newspaper, LocalDate issueDate, long pageId, int pageNumber,
               String state, boolean merged, boolean published, String headline, String byline, String body,
               double rank) {
    }

    /**
     * The filters of a search, already checked; null means "any". {@code looseTsquery}, when not null, finds at
     * least what {@code tsquery} finds without reading documents ({@link SearchQuery#looseTsquery}).
     */
    record Filter(String tsquery, String looseTsquery, LocalDate from, LocalDate to, String title, List<String> states,
                  boolean published, String language, boolean includeMerged, boolean byRelevance) {
    }

    /** Newest first with a loose query: the most candidates read before the exact query is run on its own instead. */
    static final int MAX_CANDIDATES = 20_000;

    private static final String SOURCE = """
            select a.id, a.issue_id, i.title_id, i.issue_date, a.page_id, p.page_number,
                   coalesce(p.language, t.language) as language, a.state, a.merged_into is not null as merged,
                   exists (select 1 from publication_article pa join publication pub on pub.id = pa.publication_id
                           where pa.article_id = a.id and pub.withdrawn_at is null
                             and pub.version = (select max(version) from publication where issue_id = a.issue_id)) as published,
                   a.current_revision, r.content::text as content
            from article a
            join issue i on i.id = a.issue_id
            join newspaper_title t on t.id = i.title_id
            join page p on p.id = a.page_id
            join article_revision r on r.article_id = a.id and r.revision = a.current_revision
            """;

    /** What {@link #row} reads, the rank last. */
    private static final String ROW = """
            select e.article_id, e.issue_id, t.name, e.issue_date, e.page_id, e.page_number, e.state, e.merged,
                   e.published, e.headline, e.byline, e.body,""";

    private final JdbcClient jdbc;

    SearchRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Source> sources(Collection<Long> articleIds) {
        if (articleIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SOURCE + " where a.id in (:ids)").param("ids", articleIds).query(SearchRepository::source).list();
    }

    List<Long> articlesOfIssues(Collection<Long> issueIds) {
        if (issueIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select id from article where issue_id in (:ids)").param("ids", issueIds).query(Long.class).list();
    }

    /** Articles after {@code afterId} in id order, a batch at a time (rebuild). */
    List<Long> articleIds(long afterId, int limit, boolean missingOnly) {
        return jdbc.sql("select a.id from article a where a.id > :after"
                        + (missingOnly ? " and not exists (select 1 from search_entry e where e.article_id = a.id)" : "")
                        + " order by a.id limit :limit")
                .param("after", afterId).param("limit", limit).query(Long.class).list();
    }

    boolean anyArticleMissing() {
        return jdbc.sql("select exists (select 1 from article a where not exists (select 1 from search_entry e where e.article_id = a.id))")
                .query(Boolean.class).single();
    }

    /** Writes one article's entry; the tsvector from the folded terms of titles (A), byline (B) and the rest (D). */
    void upsert(Source s, String headline, String byline, String body, String headTerms, String bylineTerms, String bodyTerms) {
        // The date is part of the key (the entries are partitioned by it): an entry under another date goes first.
        jdbc.sql("delete from search_entry where article_id = :id and issue_date <> :date")
                .param("id", s.articleId()).param("date", s.issueDate()).update();
        jdbc.sql("""
                        insert into search_entry (article_id, issue_id, title_id, issue_date, page_id, page_number, language,
                                                  state, merged, published, revision, headline, byline, body, document, indexed_at)
                        values (:id, :issue, :title, :date, :page, :pageNumber, :language, :state, :merged, :published, :revision,
                                :headline, :byline, :body,
                                setweight(to_tsvector('english', :headTerms), 'A') || setweight(to_tsvector('english', :bylineTerms), 'B')
                                    || to_tsvector('english', :bodyTerms), now())
                        on conflict (article_id, issue_date) do update set
                            issue_id = excluded.issue_id, title_id = excluded.title_id,
                            page_id = excluded.page_id, page_number = excluded.page_number, language = excluded.language,
                            state = excluded.state, merged = excluded.merged, published = excluded.published,
                            revision = excluded.revision, headline = excluded.headline, byline = excluded.byline,
                            body = excluded.body, document = excluded.document, indexed_at = excluded.indexed_at""")
                .param("id", s.articleId()).param("issue", s.issueId()).param("title", s.titleId())
                .param("date", s.issueDate()).param("page", s.pageId()).param("pageNumber", s.pageNumber())
                .param("language", s.language()).param("state", s.state()).param("merged", s.merged())
                .param("published", s.published()).param("revision", s.revision())
                .param("headline", headline).param("byline", byline).param("body", body)
                .param("headTerms", headTerms).param("bylineTerms", bylineTerms).param("bodyTerms", bodyTerms)
                .update();
    }

    void delete(Collection<Long> articleIds) {
        if (!articleIds.isEmpty()) {
            jdbc.sql("delete from search_entry where article_id in (:ids)").param("ids", articleIds).update();
        }
    }

    /**
     * A page of results (one more row than asked, to tell whether there is a next page). Two steps: the page's
     * ids are found and ordered reading only the tsvector and the filter columns, then only those rows' texts
     * (and, newest first, their rank) are read. Selecting the texts in the ordering query made PostgreSQL carry
     * (and detoast) the headline, byline and body of every match through the sort, for a page of 21.
     */
    List<Row> search(Filter f, int limit, int offset) {
        return search(f, limit, offset, 0).rows();
    }

    /** A page of rows, and how many entries match counting no further than {@code countTo} (-1: not counted). */
    record Page(List<Row> rows, int counted) {
    }

    /**
     * As {@link #search(Filter, int, int)}, counting the matches up to {@code countTo} on the way when that is
     * free: newest first without a phrase, the decades' matches are sorted whole anyway, so asking each for
     * {@code countTo} rows instead of a page's costs next to nothing and saves a count over all partitions.
     */
    Page search(Filter f, int limit, int offset, int countTo) {
        if (!f.byRelevance()) {
            boolean counting = f.looseTsquery() == null && countTo > offset + limit;
            List<Candidate> found = newest(f, counting ? countTo : offset + limit);
            List<Candidate> page = found.subList(Math.min(offset, found.size()), Math.min(offset + limit, found.size()));
            return new Page(rows(f, page), counting ? found.size() : -1);
        }
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(f, params, false);
        var spec = jdbc.sql(ROW + """
                         h.rank
                        from (select e.article_id, e.issue_date, ts_rank(e.document, to_tsquery('english', :q)) as rank"""
                        + from(f) + where + """
                              order by rank desc, e.issue_date desc, e.article_id desc limit :limit offset :offset) h
                        join search_entry e on e.article_id = h.article_id and e.issue_date = h.issue_date
                        join newspaper_title t on t.id = e.title_id
                        order by h.rank desc, h.issue_date desc, h.article_id desc""")
                .param("q", f.tsquery()).param("limit", limit).param("offset", offset);
        spec = spec.params(params);
        return new Page(spec.query(SearchRepository::row).list(), -1);
    }

    /**
     * The first {@code wanted} matches, newest first, read decade by decade (one partition each, V0012) from the
     * newest, stopping as soon as there are enough. Asked in one statement, PostgreSQL sorts the matches of every
     * decade before taking the first 20: at a million articles a two-character word then visits twenty thousand
     * rows instead of the two thousand of its newest decade. The decades are asked in batches (those up to the
     * current one, then 2, 4, 8 and the rest), one statement each: a rare word needs five round trips, not 32,
     * and a frequent one reads no decade beyond the first batch that fills the page.
     */
    private List<Candidate> newest(Filter f, int wanted) {
        List<Decade> decades = Decade.newestFirst(f.from(), f.to());
        int current = 0;
        LocalDate now = LocalDate.now();
        while (current < decades.size() - 1 && decades.get(current).from() != null && decades.get(current).from().isAfter(now)) {
            current++;
        }
        List<Candidate> found = new ArrayList<>();
        int start = 0;
        int size = current + 1;
        while (start < decades.size() && found.size() < wanted) {
            List<Decade> batch = decades.subList(start, Math.min(decades.size(), start + size));
            int k = f.looseTsquery() == null ? wanted - found.size() : Math.max(4 * (wanted - found.size()), 100);
            List<List<Candidate>> perDecade = batch(f, batch, k);
            for (int i = 0; i < batch.size() && found.size() < wanted; i++) {
                List<Candidate> rows = perDecade.get(i);
                int need = wanted - found.size();
                List<Candidate> exact = rows.stream().filter(Candidate::exact).toList();
                if (f.looseTsquery() != null && exact.size() < need && rows.size() == k) {
                    // The decade's first k candidates hold too few exact matches: look further in it alone.
                    exact = phrases(f, batch.get(i), need);
                }
                found.addAll(exact.subList(0, Math.min(need, exact.size())));
            }
            start += batch.size();
            size = start == current + 1 ? 2 : size * 2;
        }
        return found;
    }

    /**
     * Each decade's newest {@code k} matches (or, for a query with a phrase, its newest {@code k} candidates of the
     * loose query, each marked whether the exact query finds it), in one statement: a branch per decade, whose
     * bounds are constants so that PostgreSQL reads that decade's partition only.
     */
    private List<List<Candidate>> batch(Filter f, List<Decade> decades, int k) {
        Map<String, Object> params = new LinkedHashMap<>();
        boolean loose = f.looseTsquery() != null;
        String where = where(f, params, loose);
        List<String> branches = new ArrayList<>();
        for (int i = 0; i < decades.size(); i++) {
            String inner = "select e.article_id, e.issue_date, e.document" + from(f) + where + decades.get(i).sql()
                    + " order by e.issue_date desc, e.article_id desc limit :k";
            branches.add("(select " + i + " as decade, c.article_id, c.issue_date, "
                    + (loose ? "c.document @@ to_tsquery('english', :q)" : "true") + " from (" + inner + ") c)");
        }
        var spec = jdbc.sql(String.join(" union all ", branches)).param("k", k);
        spec = spec.param("q", f.tsquery());
        if (loose) {
            spec = spec.param("loose", f.looseTsquery());
        }
        spec = spec.params(params);
        List<List<Candidate>> out = new ArrayList<>();
        for (int i = 0; i < decades.size(); i++) {
            out.add(new ArrayList<>());
        }
        spec.query((ResultSet rs) -> {
            out.get(rs.getInt(1)).add(new Candidate(rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getBoolean(4)));
        });
        // Newest first within each decade (a union promises no order of its own).
        Comparator<Candidate> newestFirst = Comparator.comparing(Candidate::issueDate).thenComparingLong(Candidate::articleId).reversed();
        out.forEach(rows -> rows.sort(newestFirst));
        return out;
    }

    /** One decade's newest {@code n} matches. */
    private List<Candidate> exact(Filter f, Decade d, int n) {
        return candidates(f, d, false, n);
    }

    /**
     * One decade's newest {@code n} matches of a query with a phrase: candidates found with the loose query (which
     * the GIN index answers without reading a tsvector), then only those checked with the exact one; eight times
     * as many candidates while they hold too few matches, up to {@link #MAX_CANDIDATES}, then the exact query.
     */
    private List<Candidate> phrases(Filter f, Decade d, int n) {
        for (int k = Math.max(4 * n, 100) * 8; k <= MAX_CANDIDATES; k *= 8) {
            List<Candidate> loose = candidates(f, d, true, k);
            List<Candidate> exact = matching(f, loose, n);
            // All n among the first k candidates, or no more candidates: these are the decade's newest n.
            if (exact.size() == n || loose.size() < k) {
                return exact;
            }
        }
        return exact(f, d, n);
    }

    /**
     * The page's rows with their texts and rank, newest first.
     * The texts are read for the page only: carrying them through the search would detoast every match's body.
     */
    private List<Row> rows(Filter f, List<Candidate> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(ROW + """
                         ts_rank(e.document, to_tsquery('english', :q))
                        from search_entry e join newspaper_title t on t.id = e.title_id
                        where e.article_id = any (cast(:ids as bigint[])) and e.issue_date = any (cast(:dates as date[]))
                        order by e.issue_date desc, e.article_id desc""")
                .param("q", f.tsquery())
                .param("ids", page.stream().map(Candidate::articleId).toArray(Long[]::new))
                .param("dates", page.stream().map(c -> c.issueDate().toString()).distinct().toArray(String[]::new))
                .query(SearchRepository::row).list();
    }

    /**
     * The first {@code k} entries of a decade, newest first, that the query (or the loose query) finds with the
     * filters. The decade's bounds are constants of the statement, so PostgreSQL reads its partition only.
     */
    private List<Candidate> candidates(Filter f, Decade d, boolean loose, int k) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(f, params, loose);
        var spec = jdbc.sql("select e.article_id, e.issue_date" + from(f) + where + d.sql() + " order by e.issue_date desc, e.article_id desc limit :k")
                .param(loose ? "loose" : "q", loose ? f.looseTsquery() : f.tsquery()).param("k", k);
        spec = spec.params(params);
        return spec.query(SearchRepository::candidate).list();
    }

    /** An entry found, and whether the exact query finds it (a loose query's candidate may not be). */
    private record Candidate(long articleId, LocalDate issueDate, boolean exact) {
    }

    /** The first {@code n} candidates (newest first) that the exact query finds; the filters hold for all of them. */
    private List<Candidate> matching(Filter f, List<Candidate> candidates, int n) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select e.article_id, e.issue_date from search_entry e
                        where e.article_id = any (cast(:ids as bigint[])) and e.issue_date between :oldest and :newest
                          and e.document @@ to_tsquery('english', :q)
                        order by e.issue_date desc, e.article_id desc limit :n""")
                .param("q", f.tsquery())
                .param("ids", candidates.stream().map(Candidate::articleId).toArray(Long[]::new))
                .param("oldest", candidates.get(candidates.size() - 1).issueDate())
                .param("newest", candidates.get(0).issueDate()).param("n", n)
                .query(SearchRepository::candidate).list();
    }

    /** The entries, joined with the titles only when a title is asked for. */
    private static String from(Filter f) {
        return f.title() != null ? " from search_entry e join newspaper_title t on t.id = e.title_id" : " from search_entry e";
    }

    /** How many entries match, counting no further than {@code cap}. */
    int count(Filter f, int cap) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(f, params, false);
        var spec = jdbc.sql("select count(*) from (select 1" + from(f) + where + " limit :cap) found")
                .param("q", f.tsquery()).param("cap", cap);
        spec = spec.params(params);
        return spec.query(Integer.class).single();
    }

    /** The conditions, from fixed fragments only; every value is a bound parameter. */
    private static String where(Filter f, Map<String, Object> params, boolean loose) {
        List<String> and = new ArrayList<>();
        // The query is a constant of the statement, so the GIN index can answer it.
        and.add(loose ? "e.document @@ to_tsquery('english', :loose)" : "e.document @@ to_tsquery('english', :q)");
        if (!f.includeMerged()) {
            and.add("not e.merged");
        }
        if (f.states() != null) {
            and.add("e.state in (:states)");
            params.put("states", f.states());
        }
        if (f.published()) {
            and.add("e.published");
        }
        if (f.from() != null) {
            and.add("e.issue_date >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            and.add("e.issue_date <= :to");
            params.put("to", f.to());
        }
        if (f.title() != null) {
            and.add("t.name = :title");
            params.put("title", f.title());
        }
        if (f.language() != null) {
            and.add("e.language = :language");
            params.put("language", f.language());
        }
        return " where " + String.join(" and ", and);
    }

    /** The stems PostgreSQL's english configuration gives these words (for highlighting), word to stem. */
    Map<String, String> stems(Collection<String> words) {
        Map<String, String> out = new LinkedHashMap<>();
        if (words.isEmpty()) {
            return out;
        }
        jdbc.sql("select w, coalesce((ts_lexize('english_stem', w))[1], w) from unnest(cast(:words as text[])) w")
                .param("words", words.toArray(String[]::new))
                .query((ResultSet rs) -> {
                    out.put(rs.getString(1), rs.getString(2));
                });
        return out;
    }

    List<String> titles() {
        return jdbc.sql("select name from newspaper_title order by name").query(String.class).list();
    }

    List<String> languages() {
        return jdbc.sql("select language from newspaper_title union select 'zh' union select 'en' order by 1")
                .query(String.class).list();
    }

    private static Source source(ResultSet rs, int n) throws SQLException {
        return new Source(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getObject(4, LocalDate.class), rs.getLong(5),
                rs.getInt(6), rs.getString(7), rs.getString(8), rs.getBoolean(9), rs.getBoolean(10), rs.getInt(11),
                rs.getString(12));
    }

    /** An exact match: article id and issue date. */
    private static Candidate candidate(ResultSet rs, int n) throws SQLException {
        return new Candidate(rs.getLong(1), rs.getObject(2, LocalDate.class), true);
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getObject(4, LocalDate.class), rs.getLong(5),
                rs.getInt(6), rs.getString(7), rs.getBoolean(8), rs.getBoolean(9), rs.getString(10), rs.getString(11),
                rs.getString(12), rs.getDouble(13));
    }
}
