package org.galley.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.jar.JarFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults survived, on the real application in its own JVM with a durable database (the shared test database runs
 * without synchronous commits): kill -9 of the application, then kill -9 of the PostgreSQL server during a burst
 * of saves.
 */
class DatabaseFaultRecoveryTest {

    private static final String PASSWORD = "fault-test-admin-password";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(4);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<Process> started = new ArrayList<>();
    private int port;

    @AfterEach
    void stopApplications() throws Exception {
        for (Process p : started) {
            if (p.isAlive()) {
                p.destroy();
                if (!p.waitFor(60, TimeUnit.SECONDS)) {
                    p.destroyForcibly();
                }
            }
        }
        // Whatever happened, leave no server running on the temporary directory.
        StalePostmaster.stopIfRunning(tmp.resolve("postgres"));
    }

    @Test
    void theApplicationRestartsAfterKill9AndRecoversWhenThePostmasterIsKilledDuringSaves() throws Exception {
        Path dataDir = tmp.resolve("postgres");
        port = freePort();
        Process first = startApplication(dataDir, "first");
        awaitReady(first, "first");

        // kill -9 of the JVM: the embedded PostgreSQL survives it as a daemon, holding its postmaster.pid.
        first.destroyForcibly().waitFor();
        long survivor = StalePostmaster.pidIn(dataDir).orElseThrow();
        assertThat(StalePostmaster.isRunning(survivor)).as("the server outlived its JVM").isTrue();

        long restartStart = System.nanoTime();
        Process second = startApplication(dataDir, "second");
        awaitReady(second, "second");
        long restartMillis = (System.nanoTime() - restartStart) / 1_000_000;
        System.out.printf("[measure] restart after kill -9 of the application: ready in %d ms%n", restartMillis);
        assertThat(StalePostmaster.isRunning(survivor)).as("the left-over server was stopped").isFalse();

        List<Long> articleIds = seededArticles();
        assertThat(articleIds).isNotEmpty();
        SaveBurst burst = new SaveBurst(articleIds.subList(0, Math.min(3, articleIds.size())));
        burst.start();
        long warmUp = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (burst.acknowledged.size() < 3 && System.nanoTime() < warmUp) {
            Thread.sleep(100);
        }
        assertThat(burst.acknowledged).as("saves before the kill; answers %s %s", burst.statuses, burst.lastError).isNotEmpty();

        long postmaster = StalePostmaster.pidIn(dataDir).orElseThrow();
        long killedAt = System.nanoTime();
        ProcessHandle.of(postmaster).orElseThrow().destroyForcibly();
        burst.killedAt.set(killedAt);

        // Serving again: an acknowledged save after the kill, within 30 s.
        long deadline = killedAt + Duration.ofSeconds(30).toNanos();
        while (burst.firstSaveAfterKill.get() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(1000);
        burst.stop();
        assertThat(burst.firstSaveAfterKill.get()).as("a save acknowledged within 30 s of the kill").isPositive();
        long recoveryMillis = (burst.firstSaveAfterKill.get() - killedAt) / 1_000_000;
        System.out.printf("[measure] kill -9 of the postmaster: saves acknowledged again after %d ms; statuses %s%n",
                recoveryMillis, burst.statuses);

        assertThat(burst.statuses.keySet()).as("answers during the outage").doesNotContain(401, 500).contains(200);
        assertThat(burst.statuses.containsKey(503) || burst.healthDown.get())
                .as("503 (requests or health) while the database was down").isTrue();
        assertThat(burst.unavailableBodies).allMatch(b -> b.contains("unavailable"));
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        for (Saved s : burst.acknowledged) {
            HttpResponse<String> r = get("/api/articles/" + s.articleId() + "/revisions/" + s.revision());
            assertThat(r.statusCode()).as("revision %d of article %d", s.revision(), s.articleId()).isEqualTo(200);
            assertThat(JSON.readTree(r.body()).path("content").path("headline").asText()).isEqualTo(s.headline());
        }
    }

    record Saved(long articleId, int revision, String headline) {
    }

    /** One writer per article saving as fast as it can, plus a health poller; records every answer. */
    private final class SaveBurst {
        final List<Long> articles;
        final ConcurrentLinkedQueue<Saved> acknowledged = new ConcurrentLinkedQueue<>();
        final Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        final ConcurrentLinkedQueue<String> unavailableBodies = new ConcurrentLinkedQueue<>();
        final AtomicLong killedAt = new AtomicLong();
        final AtomicLong firstSaveAfterKill = new AtomicLong();
        final AtomicBoolean healthDown = new AtomicBoolean();
        final AtomicBoolean running = new AtomicBoolean(true);
        volatile String lastError = "";
        final List<Thread> threads = new ArrayList<>();

        SaveBurst(List<Long> articles) {
            this.articles = articles;
        }

        void start() {
            for (long id : articles) {
                threads.add(daemon(() -> write(id)));
            }
            threads.add(daemon(this::pollHealth));
        }

        private Thread daemon(Runnable r) {
            Thread t = new Thread(r, "fault-test-client");
            t.setDaemon(true);
            t.start();
            return t;
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread t : threads) {
                t.join(20_000);
            }
        }

        private void write(long id) {
            int n = 0;
            while (running.get()) {
                try {
                    HttpResponse<String> current = get("/api/articles/" + id);
                    if (current.statusCode() != 200) {
                        record(current);
                        Thread.sleep(200);
                        continue;
                    }
                    JsonNode article = JSON.readTree(current.body());
                    String headline = "Burst " + id + "-" + (++n);
                    ObjectNode content = (ObjectNode) article.get("content");
                    content.put("headline", headline);
                    // The server keeps an article's lines; a save sends text only.
                    content.remove("lines");
                    ObjectNode body = JSON.createObjectNode();
                    body.put("baseRevision", article.get("revision").asInt());
                    body.set("content", content);
                    body.put("note", "fault test");
                    long sentAt = System.nanoTime();
                    HttpResponse<String> saved = send(HttpRequest.newBuilder(uri("/api/articles/" + id))
                            .PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                            .header("Content-Type", "application/json"));
                    record(saved);
                    if (saved.statusCode() == 200) {
                        acknowledged.add(new Saved(id, JSON.readTree(saved.body()).get("revision").asInt(), headline));
                        if (killedAt.get() != 0 && sentAt > killedAt.get()) {
                            firstSaveAfterKill.compareAndSet(0, System.nanoTime());
                        }
                    }
                } catch (IOException e) {
                    statuses.merge(-1, 1, Integer::sum);
                    lastError = e.toString();
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private void pollHealth() {
            while (running.get()) {
                try {
                    if (get("/actuator/health/readiness").statusCode() == 503) {
                        healthDown.set(true);
                    }
                    Thread.sleep(200);
                } catch (IOException e) {
                    // The next poll tells.
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private void record(HttpResponse<String> r) {
            statuses.merge(r.statusCode(), 1, Integer::sum);
            if (r.statusCode() != 200) {
                lastError = r.statusCode() + " " + r.body();
            }
            if (r.statusCode() == 503) {
                unavailableBodies.add(r.body());
            }
        }
    }

    private List<Long> seededArticles() throws Exception {
        HttpResponse<String> issues = get("/api/issues");
        assertThat(issues.statusCode()).isEqualTo(200);
        long issueId = JSON.readTree(issues.body()).get(0).get("id").asLong();
        HttpResponse<String> articles = get("/api/issues/" + issueId + "/articles");
        List<Long> ids = new ArrayList<>();
        JSON.readTree(articles.body()).forEach(a -> ids.add(a.get("id").asLong()));
        return ids;
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        return http.send(request.header("Authorization", "Basic " + basic).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private Process startApplication(Path dataDir, String name) throws IOException {
        Path log = tmp.resolve(name + ".log");
        List<String> command = List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                "-cp", applicationClasspath(),
                "org.galley.GalleyApplication",
                "--server.port=" + port,
                "--galley.database.data-dir=" + dataDir,
                "--galley.admin.password=" + PASSWORD,
                "--logging.level.root=WARN",
                "--logging.level.org.galley=INFO");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        started.add(p);
        return p;
    }

    private void awaitReady(Process p, String name) throws Exception {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new AssertionError("the " + name + " application exited with " + p.exitValue() + ":\n" + tail(name));
            }
            try {
                if (get("/actuator/health/readiness").statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the " + name + " application was not ready within " + START_TIMEOUT + ":\n" + tail(name));
    }

    private String tail(String name) throws IOException {
        List<String> lines = Files.readAllLines(tmp.resolve(name + ".log"));
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    /** The test JVM's class path without the test classes: the application as it ships. */
    private static String applicationClasspath() throws IOException {
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.contains("surefirebooter") && entry.endsWith(".jar")) {
                try (JarFile jar = new JarFile(entry)) {
                    for (String url : jar.getManifest().getMainAttributes().getValue("Class-Path").split(" ")) {
                        if (!url.isBlank()) {
                            entries.add(Path.of(URI.create(url)).toString());
                        }
                    }
                }
            } else {
                entries.add(entry);
            }
        }
        return String.join(File.pathSeparator, entries.stream()
                .filter(e -> !e.endsWith("test-classes") && !e.endsWith("test-classes/"))
                .filter(e -> !e.contains("surefire"))
                .toList());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
