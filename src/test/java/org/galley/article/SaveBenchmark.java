package org.galley.article;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.UUID;
import javax.sql.DataSource;
import org.galley.importing.ImportService;
import org.galley.importing.PageFile;
import org.galley.issue.NewIssue;
import org.galley.GalleyApplication;
import org.galley.common.Headless;
import org.galley.support.TestData;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Saves per second through {@link ArticleService#save} with 1, 4 and 16 concurrent writers, each on its own
 * article, beside the floor for this database on this machine: the same rows written with plain JDBC
 * inserts, one transaction each. Runs on a throwaway embedded PostgreSQL; prints medians of 5 rounds.
 * Run: ./mvnw -Pbench test-compile exec:exec -Dbench.main=org.galley.article.SaveBenchmark
 */
public final class SaveBenchmark {

    static final int ROUNDS = 5;
    static final int SAVES_PER_WRITER = 200;

    public static void main(String[] args) throws Exception {
        // A durable database as in production (the test profile alone would turn fsync off).
        try (ConfigurableApplicationContext ctx = Headless.application(GalleyApplication.class,
                        Map.of("galley.database.data-dir", "target/bench-postgres", "galley.database.shared", "false"))
                .profiles("test").run()) {
            ArticleService store = ctx.getBean(ArticleService.class);
            TestData data = ctx.getBean(TestData.class);
            // The plain-JDBC floor creates its own table: only the schema owner (Flyway's DataSource) may.
            DataSource ds = ctx.getBean("flywayDataSource", DataSource.class);
            importTiming(ctx);
            System.out.printf("%-28s %8s %12s %12s%n", "what", "writers", "median/s", "vs JDBC");
            for (int writers : new int[] {1, 4, 16}) {
                double service = median(() -> serviceSaves(store, data, writers));
                double jdbc = median(() -> jdbcInserts(ds, writers));
                System.out.printf("%-28s %8d %12.0f %12s%n", "ArticleService.save", writers, service, String.format("%.2f", service / jdbc));
                System.out.printf("%-28s %8d %12.0f %12s%n", "plain JDBC insert (floor)", writers, jdbc, "1.00");
            }
        }
    }

    /** Import of the seed page (decode, segment, store page and articles), warm: median of 20 imports. */
    static void importTiming(ConfigurableApplicationContext ctx) throws Exception {
        ImportService importer = ctx.getBean(ImportService.class);
        byte[] seed = Files.readAllBytes(Path.of("seeds/000_24a909c35df8419a.txt"));
        double[] ms = new double[30];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            TestData.asUser("bench", "ROLE_CORRECTOR", () -> importer.importIssue(
                    new NewIssue("Import bench " + UUID.randomUUID(), LocalDate.of(2023, 3, 1), "", null, "zh"),
                    List.of(new PageFile("p1.txt", seed)), null));
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        double[] warm = Arrays.copyOfRange(ms, 10, ms.length);
        Arrays.sort(warm);
        System.out.printf("Import of the seed page (decode, segment, store 1 page + 6 articles), warm median: %.1f ms (min %.1f, max %.1f)%n",
                warm[warm.length / 2], warm[0], warm[warm.length - 1]);
    }

    interface Round {
        double run() throws Exception;
    }

    static double median(Round round) throws Exception {
        round.run(); // warm-up
        double[] rates = new double[ROUNDS];
        for (int i = 0; i < ROUNDS; i++) {
            rates[i] = round.run();
        }
        Arrays.sort(rates);
        return rates[ROUNDS / 2];
    }

    static double serviceSaves(ArticleService store, TestData data, int writers) throws Exception {
        List<Long> ids = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            ids.add(data.issueWithArticles(TestData.content("Bench", "start")).articleIds().get(0));
        }
        return timed(writers, w -> TestData.asUser("bench" + w, "ROLE_CORRECTOR", () -> {
            long id = ids.get(w);
            for (int i = 0; i < SAVES_PER_WRITER; i++) {
                store.save(id, i + 1, TestData.content("Bench " + i, "第" + i + "次保存的正文，长度与一段普通新闻相当。".repeat(4)), null);
            }
            return null;
        }));
    }

    static final AtomicInteger TABLE = new AtomicInteger();

    static double jdbcInserts(DataSource ds, int writers) throws Exception {
        String table = "bench_floor_" + TABLE.incrementAndGet();
        try (Connection c = ds.getConnection()) {
            c.createStatement().execute("create table " + table
                    + " (article_id bigint, revision int, author text, origin text, content jsonb, primary key (article_id, revision))");
        }
        double rate = timed(writers, w -> {
            try (Connection c = ds.getConnection();
                 PreparedStatement ps = c.prepareStatement("insert into " + table + " values (?, ?, ?, 'EDIT', cast(? as jsonb))")) {
                c.setAutoCommit(false);
                for (int i = 0; i < SAVES_PER_WRITER; i++) {
                    ps.setLong(1, w);
                    ps.setInt(2, i + 1);
                    ps.setString(3, "bench");
                    ps.setString(4, "{\"headline\":\"Bench " + i + "\",\"paragraphs\":[\"" + "第" + i + "次保存的正文，长度与一段普通新闻相当。".repeat(4) + "\"]}");
                    ps.executeUpdate();
                    c.commit();
                }
            }
            return null;
        });
        try (Connection c = ds.getConnection()) {
            c.createStatement().execute("drop table " + table);
        }
        return rate;
    }

    interface Writer {
        Object write(int writer) throws Exception;
    }

    static double timed(int writers, Writer writer) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        long start = System.nanoTime();
        List<Future<Object>> futures = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int id = w;
            futures.add(pool.submit(() -> writer.write(id)));
        }
        for (Future<Object> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        return writers * SAVES_PER_WRITER / seconds;
    }
}
