package org.galley.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.galley.GalleyApplication;
import org.galley.support.TestData;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code GET /api/articles/{id}} at 16 concurrent clients on loopback, authenticated with HTTP Basic (a bcrypt
 * check per request) and with a personal API token (a SHA-256 and an indexed look-up), in the same run, rounds
 * alternating. Prints requests/s and p95 latency, medians of the rounds.
 * Run: ./mvnw -Pbench test-compile exec:exec -Dbench.main=org.galley.security.ApiAuthBenchmark
 */
public final class ApiAuthBenchmark {

    static final int CLIENTS = 16;
    static final int ROUNDS = 3;
    static final Duration ROUND = Duration.ofSeconds(10);
    static final Duration WARM_UP = Duration.ofSeconds(3);

    record Result(double perSecond, double p95Millis, long errors) {
    }

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(GalleyApplication.class)
                .profiles("test")
                .properties(Map.of("server.port", "0", "galley.database.data-dir", "target/bench-api-postgres",
                        "galley.database.shared", "false", "galley.seeds.enabled", "false", "logging.level.root", "WARN"))
                .run()) {
            int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
            UserService users = ctx.getBean(UserService.class);
            ApiTokenService tokens = ctx.getBean(ApiTokenService.class);
            TestData data = ctx.getBean(TestData.class);
            String user = "bench" + System.nanoTime() % 100000;
            String password = "bench-password-1";
            TestData.asUser("admin", "ROLE_ADMIN", () -> users.create(user, user, password, Role.CORRECTOR));
            String token = TestData.asUser(user, "ROLE_CORRECTOR", () -> tokens.create("benchmark")).secret();
            long articleId = data.issueWithArticles(TestData.content("Bench", "第一段正文。", "Second paragraph.")).articleIds().get(0);
            URI uri = URI.create("http://127.0.0.1:" + port + "/api/articles/" + articleId);
            String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
            String bearer = "Bearer " + token;

            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .executor(Executors.newFixedThreadPool(CLIENTS)).build();
            System.out.printf("%d clients, %d rounds of %d s, GET %s (cores: %d)%n", CLIENTS, ROUNDS, ROUND.toSeconds(),
                    uri.getPath(), Runtime.getRuntime().availableProcessors());
            run(client, uri, basic, WARM_UP);
            run(client, uri, bearer, WARM_UP);
            List<Result> basics = new ArrayList<>();
            List<Result> bearers = new ArrayList<>();
            for (int i = 0; i < ROUNDS; i++) {
                basics.add(run(client, uri, basic, ROUND));
                bearers.add(run(client, uri, bearer, ROUND));
                System.out.printf("round %d: Basic %.1f req/s p95 %.1f ms (%d errors); token %.1f req/s p95 %.1f ms (%d errors)%n",
                        i + 1, basics.get(i).perSecond(), basics.get(i).p95Millis(), basics.get(i).errors(),
                        bearers.get(i).perSecond(), bearers.get(i).p95Millis(), bearers.get(i).errors());
            }
            System.out.printf("%-22s %12s %12s%n", "authentication", "req/s", "p95 ms");
            System.out.printf("%-22s %12.1f %12.1f%n", "HTTP Basic (bcrypt)", median(basics, Result::perSecond), median(basics, Result::p95Millis));
            System.out.printf("%-22s %12.1f %12.1f%n", "Bearer token", median(bearers, Result::perSecond), median(bearers, Result::p95Millis));
            throttle(ctx, client, port);
        }
        System.exit(0);
    }

    /**
     * The throttle under a flood: 16 clients send wrong passwords for an admin from 127.0.0.1 for 10 s while the
     * admin logs in from ::1 (another address on the same machine) every 100 ms.
     */
    static void throttle(ConfigurableApplicationContext ctx, HttpClient client, int port) throws Exception {
        UserService users = ctx.getBean(UserService.class);
        JdbcClient jdbc = ctx.getBean(JdbcClient.class);
        String admin = "flood" + System.nanoTime() % 100000;
        String password = "admin-password-1";
        TestData.asUser("admin", "ROLE_ADMIN", () -> users.create(admin, admin, password, Role.ADMIN));
        String wrong = "Basic " + Base64.getEncoder().encodeToString((admin + ":guess").getBytes(StandardCharsets.UTF_8));
        String right = "Basic " + Base64.getEncoder().encodeToString((admin + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest flood = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/issues"))
                .header("Authorization", wrong).timeout(Duration.ofSeconds(30)).build();
        HttpRequest owner = HttpRequest.newBuilder(URI.create("http://[::1]:" + port + "/api/issues"))
                .header("Authorization", right).timeout(Duration.ofSeconds(30)).build();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
        long end = System.nanoTime() + ROUND.toNanos();
        java.util.concurrent.atomic.AtomicLong attempts = new java.util.concurrent.atomic.AtomicLong();
        java.util.concurrent.atomic.AtomicLong throttled = new java.util.concurrent.atomic.AtomicLong();
        List<Future<?>> flooders = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            flooders.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    HttpResponse<String> r = client.send(flood, HttpResponse.BodyHandlers.ofString());
                    attempts.incrementAndGet();
                    if (r.body().contains("error.throttled")) {
                        throttled.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        Future<long[]> ownerRun = pool.submit(() -> {
            List<Long> ok = new ArrayList<>();
            long refused = 0;
            while (System.nanoTime() < end) {
                long t = System.nanoTime();
                HttpResponse<String> r = client.send(owner, HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    ok.add(System.nanoTime() - t);
                } else {
                    refused++;
                }
                Thread.sleep(100);
            }
            long[] sorted = ok.stream().mapToLong(Long::longValue).sorted().toArray();
            long p95 = sorted.length == 0 ? -1 : sorted[(int) Math.ceil(sorted.length * 0.95) - 1];
            return new long[] {sorted.length, refused, p95};
        });
        for (Future<?> f : flooders) {
            f.get();
        }
        long[] o = ownerRun.get();
        pool.shutdown();
        long failedRows = jdbc.sql("select count(*) from audit_event where actor = :u and action = 'login.failed'")
                .param("u", admin).query(Long.class).single();
        long throttledRows = jdbc.sql("select count(*) from audit_event where actor = :u and action like 'login.throttled%'")
                .param("u", admin).query(Long.class).single();
        System.out.printf("Flood from 127.0.0.1: %d wrong-password requests in %d s by %d clients; %d reached the password check"
                        + " (login.failed rows), %d refused by the throttle; %d audit row(s) for the lock%n",
                attempts.get(), ROUND.toSeconds(), CLIENTS, failedRows, throttled.get(), throttledRows);
        System.out.printf("The same admin from ::1 meanwhile: %d of %d log-ins succeeded, p95 %.1f ms%n",
                o[0], o[0] + o[1], o[2] / 1e6);
    }

    static Result run(HttpClient client, URI uri, String authorization, Duration length) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri).header("Authorization", authorization).timeout(Duration.ofSeconds(30)).GET().build();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        long end = start + length.toNanos();
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            futures.add(pool.submit(() -> {
                long[] latencies = new long[1 << 16];
                int n = 0;
                long errors = 0;
                while (System.nanoTime() < end) {
                    long t = System.nanoTime();
                    HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
                    long took = System.nanoTime() - t;
                    if (response.statusCode() != 200) {
                        errors++;
                    }
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = took;
                }
                long[] out = Arrays.copyOf(latencies, n + 1);
                out[n] = errors;
                return out;
            }));
        }
        List<Long> all = new ArrayList<>();
        long errors = 0;
        for (Future<long[]> f : futures) {
            long[] got = f.get();
            for (int i = 0; i < got.length - 1; i++) {
                all.add(got[i]);
            }
            errors += got[got.length - 1];
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
        double p95 = sorted.length == 0 ? Double.NaN : sorted[(int) Math.ceil(sorted.length * 0.95) - 1] / 1e6;
        return new Result(sorted.length / seconds, p95, errors);
    }

    static double median(List<Result> results, java.util.function.ToDoubleFunction<Result> value) {
        double[] values = results.stream().mapToDouble(value).sorted().toArray();
        return values[values.length / 2];
    }
}
