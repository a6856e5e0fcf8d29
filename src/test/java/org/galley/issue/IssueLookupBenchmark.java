package org.galley.issue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.galley.GalleyApplication;
import org.galley.importing.ImportService;
import org.galley.importing.PageFile;
import org.galley.support.TestData;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code GET /api/issues/{id}} and a 50-page import with 10,000 issues on file (each with a page and 5 articles),
 * on a throwaway embedded PostgreSQL with the web server on a random port. Prints each round and the median of
 * the warm ones. Run: ./mvnw -Pbench test-compile exec:exec -Dbench.main=org.galley.issue.IssueLookupBenchmark
 * (add {@code -Drounds=N} to the JVM, default 11).
 */
public final class IssueLookupBenchmark {

    static final int ISSUES = 10_000;

    public static void main(String[] args) throws Exception {
        Path data = Path.of("target/bench-issues-postgres");
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(GalleyApplication.class).profiles("test")
                .properties("server.port=0", "galley.database.data-dir=" + data, "galley.database.shared=false",
                        "galley.seeds.enabled=false", "logging.level.root=WARN")
                .run()) {
            JdbcClient jdbc = ctx.getBean(JdbcClient.class);
            seed(jdbc);
            long firstId = jdbc.sql("select min(id) from issue").query(Long.class).single();
            int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
            HttpClient http = HttpClient.newHttpClient();
            String auth = "Basic " + Base64.getEncoder().encodeToString("admin:test-admin-password".getBytes(StandardCharsets.UTF_8));
            HttpRequest get = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/issues/" + firstId))
                    .header("Authorization", auth).build();
            IssueService issues = ctx.getBean(IssueService.class);
            int rounds = Integer.getInteger("rounds", 11);
            double[] service = new double[rounds];
            double[] api = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                long start = System.nanoTime();
                TestData.asUser("bench", "ROLE_CORRECTOR", () -> issues.find(firstId).orElseThrow());
                service[i] = (System.nanoTime() - start) / 1e6;
                start = System.nanoTime();
                HttpResponse<String> response = http.send(get, HttpResponse.BodyHandlers.ofString());
                api[i] = (System.nanoTime() - start) / 1e6;
                if (response.statusCode() != 200) {
                    throw new IllegalStateException("GET answered " + response.statusCode() + ": " + response.body());
                }
                System.out.printf("round %d: IssueService.find %.1f ms, GET %.1f ms%n", i, service[i], api[i]);
            }
            System.out.printf("Issues on file: %d, articles: %d%n", jdbc.sql("select count(*) from issue").query(Long.class).single(),
                    jdbc.sql("select count(*) from article").query(Long.class).single());
            System.out.printf("IssueService.find, median of %d warm rounds: %.1f ms%n", rounds - 1, median(service));
            System.out.printf("GET /api/issues/%d (Basic auth, bcrypt included), median of %d warm rounds: %.1f ms%n", firstId, rounds - 1, median(api));
            System.out.printf("50-page import: %.0f ms%n", importFiftyPages(ctx));
        }
    }

    /**
     * 10,000 issues of one title, each with one page; the newest 100 have 5 articles each (at revision 1), as an
     * archive being digitized would: plain SQL.
     */
    static void seed(JdbcClient jdbc) {
        if (jdbc.sql("select count(*) from issue").query(Long.class).single() >= ISSUES) {
            return;
        }
        long title = IssueRows.titleWithOnePageIssues(jdbc, "Bench Daily", LocalDate.of(1900, 1, 1), ISSUES, "bench");
        jdbc.sql("""
                insert into article (issue_id, page_id, position, current_revision, updated_by)
                select p.issue_id, p.id, g, 1, 'bench' from page p, generate_series(1, 5) g
                where p.issue_id in (select id from issue where title_id = :t order by id desc limit 100)""")
                .param("t", title).update();
        jdbc.sql("""
                insert into article_revision (article_id, revision, author, origin, content)
                select a.id, 1, 'bench', 'SEGMENTER', '{"kind":"news","headline":"Bench","paragraphs":["text"]}'::jsonb
                from article a where not exists (select 1 from article_revision r where r.article_id = a.id)""").update();
        jdbc.sql("analyze").update();
    }

    /** 50 pages (the demo page, each made unique by its page number), one import, one transaction. */
    static double importFiftyPages(ConfigurableApplicationContext ctx) throws Exception {
        ImportService importer = ctx.getBean(ImportService.class);
        String seed = Files.readString(Path.of("seeds/000_24a909c35df8419a.txt"));
        List<PageFile> files = new ArrayList<>();
        for (int p = 1; p <= 50; p++) {
            files.add(new PageFile("p" + p + ".txt", (seed + "\n第" + p + "版\n").getBytes(StandardCharsets.UTF_8)));
        }
        long start = System.nanoTime();
        TestData.asUser("bench", "ROLE_CORRECTOR", () -> importer.importIssue(
                new NewIssue("Import bench " + UUID.randomUUID(), LocalDate.of(2023, 3, 1), "", null, "zh"), files, null));
        return (System.nanoTime() - start) / 1e6;
    }

    static double median(double[] ms) {
        double[] warm = Arrays.copyOfRange(ms, 1, ms.length);
        Arrays.sort(warm);
        return warm[warm.length / 2];
    }
}
