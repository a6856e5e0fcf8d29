package org.galley.search;

import java.io.StringReader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.galley.GalleyApplication;
import org.galley.article.ArticleContent;
import org.galley.article.Byline;
import org.galley.article.ContentJson;
import org.galley.common.Headless;
import org.galley.support.TestData;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Search at a million articles. A generated corpus ({@link BenchCorpus}: simplified and traditional Chinese and
 * English) is loaded with COPY into the embedded PostgreSQL: titles, issues, pages, articles, revisions and the
 * search index rows, whose tsvector PostgreSQL computes from the terms {@link SearchText} makes, as the
 * application does. The GIN and date indexes are built after the load (timed). Then five queries, newest first,
 * 20 results: p50 and p95 over {@value #RUNS} runs of {@link SearchService#search} (what the UI and the API
 * call) and of its results SQL alone ({@link SearchRepository#search}), beside {@code ILIKE '%…%'} over the same
 * rows' raw text (the baseline, fewer runs: each may scan the table). The database stays in target/search-bench-SIZE;
 * a second run with the same size skips the load. Prints only what it measured.
 * Run: ./mvnw -Pbench test-compile exec:exec -Dbench.main=org.galley.search.SearchBenchmark -Dbench=1000000
 */
public final class SearchBenchmark {

    static final int RUNS = 50;
    static final int BASELINE_RUNS = 5;
    static final int BATCH = 10_000; // a multiple of BenchCorpus.ARTICLES_PER_ISSUE: a batch holds whole issues
    static final String[] STATES = {"APPROVED", "APPROVED", "APPROVED", "APPROVED", "APPROVED", "APPROVED", "DRAFT", "DRAFT",
            "CORRECTED", "EXCLUDED"};

    /** One measured query: what a user types, an optional date range, and the ILIKE patterns of the baseline. */
    record BenchQuery(String name, String query, LocalDate from, LocalDate to, List<String> likeTerms) {
    }

    static final List<BenchQuery> QUERIES = List.of(
            new BenchQuery("two Chinese characters 平湖", "平湖", null, null, List.of("平湖")),
            new BenchQuery("four-character phrase \"园区提标\"", "\"园区提标\"", null, null, List.of("园区提标")),
            new BenchQuery("traditional 獨山港 (finds 独山港)", "獨山港", null, null, List.of("獨山港")),
            new BenchQuery("English word steamer", "steamer", null, null, List.of("steamer")),
            new BenchQuery("平湖 dated 2010-2019", "平湖", LocalDate.of(2010, 1, 1), LocalDate.of(2019, 12, 31), List.of("平湖")),
            new BenchQuery("rare name 李雨婷", "李雨婷", null, null, List.of("李雨婷")));

    /**
     * Arguments (one, comma-separated, as {@code -Dbench=…} passes it): the corpus size, then optionally
     * {@code dir=DIR} (the data directory's parent, default target; also -Dbench.dir or BENCH_DIR), {@code load}
     * (load and build the indexes, measure nothing) or {@code explain} (plans only). The database stays in
     * DIR/search-bench-SIZE: a later run reuses it, finishing an interrupted load or index build first.
     */
    public static void main(String[] argv) throws Exception {
        List<String> args = new ArrayList<>();
        for (String a : argv) {
            args.addAll(Arrays.asList(a.split("[,\\s]+")));
        }
        int size = !args.isEmpty() && args.get(0).matches("\\d+") ? Integer.parseInt(args.get(0)) : 1_000_000;
        if (size % BATCH != 0) {
            throw new IllegalArgumentException("the corpus size must be a multiple of " + BATCH);
        }
        String dir = System.getProperty("bench.dir", System.getenv().getOrDefault("BENCH_DIR", "target"));
        for (String a : args) {
            if (a.startsWith("dir=")) {
                dir = a.substring(4);
            }
        }
        BenchCorpus corpus = BenchCorpus.standard();
        long started = System.nanoTime();
        // As arguments: they outrank the test profile's shared throwaway database.
        try (ConfigurableApplicationContext ctx = Headless.application(GalleyApplication.class, Map.of())
                .profiles("test").run("--galley.database.data-dir=" + Path.of(dir, "search-bench-" + size).toAbsolutePath(),
                        "--galley.database.shared=false")) {
            System.out.printf("Application started (migrations included) in %.0f s%n", (System.nanoTime() - started) / 1e9);
            DataSource owner = ctx.getBean("flywayDataSource", DataSource.class);
            Map<String, String> build = load(owner, corpus, size);
            if (args.contains("load")) {
                return;
            }
            SearchRepository repository = ctx.getBean(SearchRepository.class);
            SearchService service = ctx.getBean(SearchService.class);
            DataSource app = ctx.getBean(DataSource.class);
            if (args.contains("explain")) {
                // Plans only: why a query takes what it takes.
                for (BenchQuery q : QUERIES) {
                    explain(app, q);
                }
                return;
            }
            List<String[]> rows = new ArrayList<>();
            for (BenchQuery q : QUERIES) {
                rows.add(service(service, q));
                rows.add(indexed(repository, q));
            }
            // The baselines last: each reads every entry's texts, which pushes the indexes out of the caches.
            for (BenchQuery q : baselineRuns(args) == 0 ? List.<BenchQuery>of() : QUERIES) {
                String[] row = baseline(app, corpus, q, baselineRuns(args));
                row[0] = q.name() + " " + row[0].strip();
                rows.add(row);
            }
            System.out.println();
            System.out.printf("Corpus: %,d articles; PostgreSQL %s%n", size, setting(app, "server_version"));
            for (Map.Entry<String, String> e : build.entrySet()) {
                System.out.printf("  %-40s %s%n", e.getKey(), e.getValue());
            }
            for (Map.Entry<String, String> e : sizes(app).entrySet()) {
                System.out.printf("  %-40s %s%n", e.getKey(), e.getValue());
            }
            System.out.printf("  %-40s shared_buffers %s, work_mem %s, max_parallel_workers_per_gather %s%n", "settings",
                    setting(app, "shared_buffers"), setting(app, "work_mem"), setting(app, "max_parallel_workers_per_gather"));
            System.out.println();
            System.out.printf("%-38s %-26s %10s %9s %9s %6s  %s%n", "query (newest first, 20 results)", "method", "matches", "p50 ms",
                    "p95 ms", "runs", "load after (1, 5, 15 min)");
            for (String[] r : rows) {
                System.out.printf("%-38s %-26s %10s %9s %9s %6s  %s%n", (Object[]) r);
            }
        }
    }

    // ---- the corpus ----

    /**
     * Loads the corpus, or what of it is missing: each batch of {@value #BATCH} articles is one transaction, so
     * an interrupted load is finished by loading the batches whose first article is not there. The indexes of
     * search_entry (but its primary key) are dropped before the first batch and their definitions kept in
     * bench_index; once every batch is in, those still missing are built (timed), as a rebuild would.
     */
    static Map<String, String> load(DataSource ds, BenchCorpus corpus, int size) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("create table if not exists bench_build (ord int, key text, value text)");
            s.execute("create table if not exists bench_index (name text primary key, definition text not null)");
            // The schema's version when the indexes were dropped: a migration since then defines the indexes itself.
            s.execute("alter table bench_index add column if not exists version text");
            String version;
            try (ResultSet r = s.executeQuery("select max(version::int)::text from flyway_schema_history where success")) {
                r.next();
                version = r.getString(1);
            }
            long have = count(s, "select count(*) from search_entry");
            if (have > size) {
                throw new IllegalStateException("the benchmark's database holds " + have + " articles, more than " + size);
            }
            List<Long> missing = new ArrayList<>();
            if (have < size) {
                java.util.Set<Long> loaded = new java.util.HashSet<>();
                try (ResultSet r = s.executeQuery("select article_id from search_entry where article_id % " + BATCH + " = 1")) {
                    while (r.next()) {
                        loaded.add(r.getLong(1));
                    }
                }
                for (long first = 1; first <= size; first += BATCH) {
                    if (!loaded.contains(first)) {
                        missing.add(first);
                    }
                }
                if (loaded.size() * (long) BATCH != have) {
                    throw new IllegalStateException("the benchmark's database holds " + have + " articles, not whole batches: delete it");
                }
                System.out.printf("Loading %,d of %,d articles (%,d already in)%n", missing.size() * (long) BATCH, size, have);
                if (have == 0) {
                    s.execute("truncate bench_build");
                }
                // The indexes are built once the rows are in, as a rebuild would.
                try (ResultSet r = s.executeQuery("""
                        select indexname, indexdef from pg_indexes where tablename = 'search_entry'
                        and indexname <> 'search_entry_pkey'""")) {
                    List<String[]> indexes = new ArrayList<>();
                    while (r.next()) {
                        indexes.add(new String[] {r.getString(1), r.getString(2)});
                    }
                    for (String[] i : indexes) {
                        try (PreparedStatement ps = c.prepareStatement(
                                "insert into bench_index values (?, ?, ?) on conflict (name) do update set definition = excluded.definition,"
                                        + " version = excluded.version")) {
                            ps.setString(1, i[0]);
                            ps.setString(2, i[1]);
                            ps.setString(3, version);
                            ps.execute();
                        }
                        s.execute("drop index " + i[0]);
                    }
                }
                loadBatches(ds, c, corpus, missing, out);
            }
            try (PreparedStatement ps = c.prepareStatement("delete from bench_index where version is distinct from ?")) {
                ps.setString(1, version);
                ps.execute();
            }
            List<String[]> toBuild = new ArrayList<>();
            try (ResultSet r = s.executeQuery("""
                    select b.name, b.definition from bench_index b
                    where not exists (select 1 from pg_indexes i where i.tablename = 'search_entry' and i.indexname = b.name)
                    order by b.name""")) {
                while (r.next()) {
                    toBuild.add(new String[] {r.getString(1), r.getString(2)});
                }
            }
            if (!toBuild.isEmpty()) {
                s.execute("set maintenance_work_mem = '1GB'");
                for (String[] i : toBuild) {
                    System.out.printf("  building %s: %s%n", i[0], i[1]);
                    long t0 = System.nanoTime();
                    s.execute(i[1]);
                    out.put("index " + i[0] + " build (maintenance_work_mem 1GB)", String.format("%.0f s", (System.nanoTime() - t0) / 1e9));
                    System.out.printf("  built %s in %.0f s%n", i[0], (System.nanoTime() - t0) / 1e9);
                }
                long t0 = System.nanoTime();
                s.execute("vacuum analyze search_entry");
                s.execute("analyze article");
                out.put("vacuum analyze", String.format("%.0f s", (System.nanoTime() - t0) / 1e9));
            }
            if (out.isEmpty()) {
                System.out.printf("Corpus of %,d articles already loaded and indexed: measuring only%n", size);
            }
            int ord = (int) count(s, "select count(*) from bench_build");
            for (Map.Entry<String, String> e : out.entrySet()) {
                try (PreparedStatement ps = c.prepareStatement("insert into bench_build values (?, ?, ?)")) {
                    ps.setInt(1, ord++);
                    ps.setString(2, e.getKey());
                    ps.setString(3, e.getValue() + String.format(" (%s, load %s)", java.time.Instant.now().toString().substring(0, 16),
                            loadAverage()));
                    ps.execute();
                }
            }
            out.clear();
            try (ResultSet r = s.executeQuery("select key, value from bench_build order by ord")) {
                while (r.next()) {
                    out.put(r.getString(1), r.getString(2));
                }
            }
        }
        return out;
    }

    static long count(Statement s, String sql) throws Exception {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    /** The machine's load averages (1, 5, 15 minutes), as uptime prints them. */
    static String loadAverage() {
        try {
            String[] f = java.nio.file.Files.readString(Path.of("/proc/loadavg")).split(" ");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    static void loadBatches(DataSource ds, Connection c, BenchCorpus corpus, List<Long> firsts, Map<String, String> out) throws Exception {
        Map<String, Long> titles = new LinkedHashMap<>();
        for (String[] t : titles(corpus)) {
            // A resumed load finds the titles of the first one.
            try (PreparedStatement ps = c.prepareStatement("""
                    with found as (select id from newspaper_title where name = ?),
                         made as (insert into newspaper_title (name, language) select ?, ? where not exists (select 1 from found) returning id)
                    select id from found union all select id from made""")) {
                ps.setString(1, t[0]);
                ps.setString(2, t[0]);
                ps.setString(3, t[1]);
                try (ResultSet r = ps.executeQuery()) {
                    r.next();
                    titles.put(t[0], r.getLong(1));
                }
            }
        }
        try (Statement s = c.createStatement()) {
            // One staging table per loader (the schema owner may not create temporary tables).
            for (int t = 0; t < 2; t++) {
                s.execute("create unlogged table if not exists bench_stage_" + t + " (article_id bigint, issue_id bigint, title_id bigint,"
                        + " issue_date date, page_id bigint, language text, state text, published boolean, headline text, byline text,"
                        + " body text, head_terms text, byline_terms text, body_terms text)");
            }
        }
        long start = System.nanoTime();
        AtomicLong chars = new AtomicLong();
        AtomicLong next = new AtomicLong(0);
        AtomicLong done = new AtomicLong(0);
        // Two loaders: generating and folding in Java overlaps PostgreSQL's parsing of the terms.
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<Object>> loaders = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
            String stage = "bench_stage_" + t;
            loaders.add(pool.submit(() -> {
                try (Connection lc = ds.getConnection()) {
                    lc.setAutoCommit(false);
                    try (Statement ls = lc.createStatement()) {
                        // A lost batch is loaded again on the next run: no need to wait for each commit's flush.
                        ls.execute("set synchronous_commit = off");
                    }
                    int k;
                    while ((k = (int) next.getAndIncrement()) < firsts.size()) {
                        long first = firsts.get(k);
                        chars.addAndGet(batch(lc, corpus, titles, stage, first, first + BATCH - 1));
                        lc.commit();
                        long n = done.addAndGet(BATCH);
                        if (n % 50_000 == 0) {
                            System.out.printf("  loaded %,d articles, %.0f s, load %s%n", n, (System.nanoTime() - start) / 1e9, loadAverage());
                        }
                    }
                }
                return null;
            }));
        }
        try {
            for (Future<Object> f : loaders) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double loadSeconds = (System.nanoTime() - start) / 1e9;
        out.put("load of " + String.format("%,d", firsts.size() * (long) BATCH) + " articles (generate, fold, COPY, tsvector)",
                String.format("%.0f s, %,d characters of article text", loadSeconds, chars.get()));
    }

    static List<String[]> titles(BenchCorpus corpus) {
        List<String[]> out = new ArrayList<>();
        for (String t : BenchCorpus.ZH_PAPERS) {
            out.add(new String[] {t, "zh"});
        }
        for (String t : BenchCorpus.TW_PAPERS) {
            out.add(new String[] {t, "zh-Hant"});
        }
        for (String t : BenchCorpus.EN_PAPERS) {
            out.add(new String[] {t, "en"});
        }
        return out;
    }

    /** Articles first..last (whole issues), each table by one COPY, in the caller's transaction. */
    static long batch(Connection c, BenchCorpus corpus, Map<String, Long> titles, String stageTable, long first, long last)
            throws Exception {
        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        StringBuilder issues = new StringBuilder();
        StringBuilder pages = new StringBuilder();
        StringBuilder articles = new StringBuilder();
        StringBuilder revisions = new StringBuilder();
        StringBuilder stage = new StringBuilder();
        long chars = 0;
        for (long id = first; id <= last; id++) {
            BenchCorpus.Doc d = corpus.article(id);
            chars += d.text().length();
            long titleId = titles.get(d.newspaper());
            int position = (int) ((id - 1) % BenchCorpus.ARTICLES_PER_ISSUE) + 1;
            if (position == 1) {
                // Editions make (title, date, edition) unique however the random dates fall.
                issues.append(d.issueId()).append('\t').append(titleId).append('\t').append(d.date()).append("\t#")
                        .append(d.issueId()).append("\tbench\n");
                pages.append(d.issueId()).append('\t').append(d.issueId()).append("\t1\tbench.txt\t\tbench").append(d.issueId())
                        .append("\tUTF-8\t").append(d.language()).append("\tbench\n");
            }
            String state = STATES[(int) (id * 7 % STATES.length)];
            articles.append(id).append('\t').append(d.issueId()).append('\t').append(d.issueId()).append('\t').append(position)
                    .append("\t1\t").append(state).append("\tbench\n");
            ArticleContent content = ArticleContent.of("news", null, d.headline(), null, new Byline(d.reporters(), List.of(), List.of()),
                    null, d.paragraphs(), null, false, List.of());
            revisions.append(id).append("\t1\tbench\tSEGMENTER\t");
            copyText(revisions, ContentJson.write(content)).append('\n');
            String byline = String.join(" ", d.reporters());
            stage.append(id).append('\t').append(d.issueId()).append('\t').append(titleId).append('\t').append(d.date()).append('\t')
                    .append(d.issueId()).append('\t').append(d.language()).append('\t').append(state).append('\t')
                    .append(state.equals("APPROVED") ? 't' : 'f').append('\t');
            copyText(stage, d.headline()).append('\t');
            copyText(stage, byline).append('\t');
            copyText(stage, d.text()).append('\t');
            copyText(stage, SearchText.documentTerms(d.headline())).append('\t');
            copyText(stage, SearchText.documentTerms(byline)).append('\t');
            copyText(stage, SearchText.documentTerms(d.text())).append('\n');
        }
        copy.copyIn("copy issue (id, title_id, issue_date, edition, created_by) from stdin", new StringReader(issues.toString()));
        copy.copyIn("copy page (id, issue_id, page_number, source_name, raw_text, sha256, encoding, language, imported_by) from stdin",
                new StringReader(pages.toString()));
        copy.copyIn("copy article (id, issue_id, page_id, position, current_revision, state, updated_by) from stdin",
                new StringReader(articles.toString()));
        copy.copyIn("copy article_revision (article_id, revision, author, origin, content) from stdin", new StringReader(revisions.toString()));
        try (Statement s = c.createStatement()) {
            s.execute("truncate " + stageTable);
            copy.copyIn("copy " + stageTable + " from stdin", new StringReader(stage.toString()));
            // The index row as SearchRepository.upsert writes it: PostgreSQL stems the words of the folded terms.
            s.execute("""
                    insert into search_entry (article_id, issue_id, title_id, issue_date, page_id, page_number, language, state,
                                              merged, published, revision, headline, byline, body, document)
                    select article_id, issue_id, title_id, issue_date, page_id, 1, language, state, false, published, 1,
                           headline, byline, body,
                           setweight(to_tsvector('english', head_terms), 'A') || setweight(to_tsvector('english', byline_terms), 'B')
                               || to_tsvector('english', body_terms)
                    from""" + " " + stageTable);
        }
        return chars;
    }

    /** PostgreSQL COPY text format: backslash, tab, newline and carriage return escaped. */
    static StringBuilder copyText(StringBuilder sb, String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> sb.append("\\\\");
                case '\t' -> sb.append("\\t");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                default -> sb.append(ch);
            }
        }
        return sb;
    }

    static Map<String, String> sizes(DataSource ds) throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        try (Connection c = ds.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                select (select pg_size_pretty(sum(pg_table_size(relid))) from pg_partition_tree('search_entry')),
                       (select pg_size_pretty(sum(pg_relation_size(relid))) from pg_partition_tree('search_entry')),
                       (select pg_size_pretty(sum(pg_relation_size(relid))) from pg_partition_tree('search_entry_document')),
                       (select pg_size_pretty(sum(pg_relation_size(relid))) from pg_partition_tree(to_regclass('search_entry_date'))),
                       pg_size_pretty(pg_table_size('article_revision')), pg_size_pretty(pg_database_size(current_database()))""")) {
            r.next();
            List<String> v = new ArrayList<>();
            for (int i = 1; i <= 6; i++) {
                v.add(r.getString(i));
            }
            out.put("search_entry table (with TOAST, all partitions)", v.get(0));
            out.put("search_entry rows alone (without TOAST)", v.get(1));
            out.put("GIN index size (all partitions)", v.get(2));
            out.put("date index size", v.get(3));
            out.put("article_revision table (with TOAST)", v.get(4));
            out.put("whole database", v.get(5));
        }
        return out;
    }

    static String setting(DataSource ds, String name) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("select current_setting(?)")) {
            ps.setString(1, name);
            try (ResultSet r = ps.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    // ---- the measured queries ----

    /** The filter SearchService builds for a corrector's query with no state asked for: excluded articles left out. */
    static SearchRepository.Filter filter(BenchQuery q) {
        String tsquery = SearchQuery.parse(q.query()).tsquery(SearchQuery.Field.ANYWHERE);
        List<String> states = SearchService.STATES.stream().filter(s -> !s.equals("PUBLISHED") && !s.equals("EXCLUDED")).toList();
        return new SearchRepository.Filter(tsquery, SearchQuery.parse(q.query()).looseTsquery(SearchQuery.Field.ANYWHERE), q.from(), q.to(),
                null, states, false, null, false, false);
    }

    /** The whole search as the UI and the API run it: parse, the page of 21 rows, the capped count, snippets. */
    static String[] service(SearchService service, BenchQuery q) throws Exception {
        SearchService.Request request = new SearchService.Request(q.query(), q.from(), q.to(), null, null, null, null,
                SearchService.Order.NEWEST, false, 1);
        double[] ms = time(RUNS, () -> TestData.asUser("bench", "ROLE_CORRECTOR", () -> service.search(request)));
        return row(q.name(), "SearchService.search", -1, ms, RUNS);
    }

    /** The results query alone (SearchRepository.search, 20 rows), and how many rows match in all. */
    static String[] indexed(SearchRepository repository, BenchQuery q) throws Exception {
        SearchRepository.Filter f = filter(q);
        double[] ms = time(RUNS, () -> repository.search(f, 20, 0));
        long matches = repository.count(f, Integer.MAX_VALUE);
        return row("", "  its results SQL alone", matches, ms, RUNS);
    }

    /**
     * EXPLAIN (ANALYZE, BUFFERS) of the whole-table forms of the statements SearchRepository runs, with the filter
     * SearchService builds: the exact query over every decade at once (what SearchRepository avoids by reading
     * the decades newest first, one batch at a time), the loose candidates and the capped count.
     */
    static void explain(DataSource ds, BenchQuery q) throws Exception {
        SearchRepository.Filter f = filter(q);
        String states = f.states().stream().map(st -> "'" + st + "'").collect(java.util.stream.Collectors.joining(", "));
        java.util.function.Function<String, String> where = tsquery -> " from search_entry e where e.document @@ to_tsquery('english', '"
                + tsquery.replace("'", "''") + "') and not e.merged and e.state in (" + states + ")"
                + (q.from() != null ? " and e.issue_date >= '" + q.from() + "' and e.issue_date <= '" + q.to() + "'" : "");
        Map<String, String> statements = new LinkedHashMap<>();
        statements.put("page (exact query)", "select e.article_id, e.issue_date" + where.apply(f.tsquery())
                + " order by e.issue_date desc, e.article_id desc limit 21");
        if (f.looseTsquery() != null) {
            statements.put("candidates (loose query " + f.looseTsquery() + ")", "select e.article_id" + where.apply(f.looseTsquery())
                    + " order by e.issue_date desc, e.article_id desc limit 100");
        }
        statements.put("count to " + (SearchService.COUNT_CAP + 1), "select count(*) from (select 1" + where.apply(f.tsquery())
                + " limit " + (SearchService.COUNT_CAP + 1) + ") found");
        try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            System.out.println();
            System.out.println("EXPLAIN " + q.name() + " (tsquery " + f.tsquery() + "), load " + loadAverage());
            for (Map.Entry<String, String> e : statements.entrySet()) {
                System.out.println(" " + e.getKey());
                try (ResultSet r = s.executeQuery("explain (analyze, buffers) " + e.getValue())) {
                    while (r.next()) {
                        System.out.println("    " + r.getString(1));
                    }
                }
            }
        }
    }

    /**
     * The same search without the index: ILIKE '%…%' over the raw headline, byline and body, with the same state
     * filter. The raw text is not folded, so each term is looked for as typed, folded and in traditional script
     * (the corpus's own conversion), which is what the index finds. Its match count beside the index's shows
     * whether the index finds what the text holds; the rows the index finds and ILIKE does not are counted too
     * (a phrase matched across punctuation would be one).
     */
    static String[] baseline(DataSource ds, BenchCorpus corpus, BenchQuery q, int runs) throws Exception {
        SearchRepository.Filter f = filter(q);
        StringBuilder like = new StringBuilder();
        for (int i = 0; i < q.likeTerms().size(); i++) {
            like.append(i == 0 ? "" : " and ").append("(e.headline ilike any (?) or e.byline ilike any (?) or e.body ilike any (?))");
        }
        String states = f.states().stream().map(st -> "'" + st + "'").collect(java.util.stream.Collectors.joining(", "));
        String where = " from search_entry e where not e.merged and e.state in (" + states + ")"
                + (q.from() != null ? " and e.issue_date between ? and ?" : "");
        String select = "select e.article_id, e.issue_date, e.headline, e.body" + where + " and " + like
                + " order by e.issue_date desc, e.article_id desc limit 20";
        double[] ms;
        long matches;
        long indexOnly;
        // One more pass counts both: what ILIKE finds, and what the index finds that ILIKE does not.
        String counts = "select count(*) filter (where m), count(*) filter (where d and not m) from (select (" + like
                + ") as m, e.document @@ to_tsquery('english', ?) as d" + where + ") x";
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(select);
             PreparedStatement count = c.prepareStatement(counts)) {
            bind(ps, corpus, q, 1, true);
            // The patterns first, then the tsquery, then the dates.
            int p = bindPatterns(count, corpus, q, 1);
            count.setString(p, f.tsquery());
            bind(count, corpus, q, p + 1, false);
            Run search = () -> {
                try (ResultSet r = ps.executeQuery()) {
                    while (r.next()) {
                        r.getString(4);
                    }
                }
            };
            // Every run reads every entry's texts: at a million articles minutes each, so a single run (no
            // warm-up) can be asked for with baselineRuns=1.
            ms = runs == 1 ? new double[] {timeOnce(search)} : time(runs, search);
            try (ResultSet r = count.executeQuery()) {
                r.next();
                matches = r.getLong(1);
                indexOnly = r.getLong(2);
            }
        }
        String[] row = row("", "ILIKE '%…%' (baseline)", matches, ms, runs);
        row[0] = "  found by the index, not ILIKE: " + indexOnly;
        return row;
    }

    /** Binds the dates (from {@code p}) and, if {@code terms}, each term's patterns; returns the next index. */
    static int bind(PreparedStatement ps, BenchCorpus corpus, BenchQuery q, int p, boolean terms) throws Exception {
        if (!terms) {
            if (q.from() != null) {
                ps.setObject(p++, q.from());
                ps.setObject(p++, q.to());
            }
            return p;
        }
        if (q.from() != null && p == 1) {
            ps.setObject(p++, q.from());
            ps.setObject(p++, q.to());
        }
        return bindPatterns(ps, corpus, q, p);
    }

    /** Binds each term's patterns (as typed, folded, traditional) from {@code p}; returns the next index. */
    static int bindPatterns(PreparedStatement ps, BenchCorpus corpus, BenchQuery q, int p) throws Exception {
        for (String t : q.likeTerms()) {
            String folded = SearchText.fold(t);
            String[] patterns = java.util.stream.Stream.of(t, folded, corpus.traditional(folded)).distinct()
                    .map(x -> "%" + x + "%").toArray(String[]::new);
            java.sql.Array array = ps.getConnection().createArrayOf("text", patterns);
            for (int k = 0; k < 3; k++) {
                ps.setArray(p++, array);
            }
        }
        return p;
    }

    // ---- timing ----

    interface Run {
        void run() throws Exception;
    }

    /** Milliseconds of each of {@code runs} runs after one warm-up run, sorted. */
    static double[] time(int runs, Run run) throws Exception {
        run.run();
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            run.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        return ms;
    }

    static double timeOnce(Run run) throws Exception {
        long start = System.nanoTime();
        run.run();
        return (System.nanoTime() - start) / 1e6;
    }

    /** The baseline's runs: {@value #BASELINE_RUNS}, or {@code baselineRuns=N} among the arguments (0: none). */
    static int baselineRuns(List<String> args) {
        return args.stream().filter(a -> a.startsWith("baselineRuns=")).map(a -> Integer.parseInt(a.substring(13)))
                .findFirst().orElse(BASELINE_RUNS);
    }

    /** Nearest-rank percentile of sorted values. */
    static double percentile(double[] sorted, double p) {
        int rank = (int) Math.ceil(p / 100 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }

    static String[] row(String name, String method, long matches, double[] ms, int runs) {
        return new String[] {name, method, matches < 0 ? "" : String.format("%,d", matches), String.format("%.1f", percentile(ms, 50)),
                String.format("%.1f", percentile(ms, 95)), String.valueOf(runs), loadAverage()};
    }
}
