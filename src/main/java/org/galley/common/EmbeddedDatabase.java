package org.galley.common;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * A running embedded PostgreSQL with its data in a directory that survives restarts, locked down like a
 * production server: password (SCRAM) connections on the loopback only, no Unix socket, the schema owned by
 * {@code galley_owner} (Flyway) and the application connected as {@code galley_app} (see db/roles.sql).
 * It is supervised: when the server dies it is started again on the same port, with crash recovery, and the
 * pool reconnects. A server left running by a killed JVM is stopped before starting.
 * The application owns one for its lifetime; the test JVM shares one across all its Spring contexts.
 */
public final class EmbeddedDatabase implements DisposableBean {

    public static final String OWNER_ROLE = "galley_owner";
    public static final String APP_ROLE = "galley_app";
    static final String DATABASE = "postgres";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Map<Path, EmbeddedDatabase> SHARED = new ConcurrentHashMap<>();
    private static final Duration CHECK_EVERY = Duration.ofMillis(250);

    private final Path dir;
    private final boolean throwaway;
    private final DatabaseCredentials credentials;
    private final List<Consumer<Boolean>> listeners = new CopyOnWriteArrayList<>();
    private volatile EmbeddedPostgres postgres;
    private volatile int port;
    private volatile boolean closed;
    private volatile boolean running;
    private Thread supervisor;

    private EmbeddedDatabase(Path dir, boolean throwaway) {
        this.dir = dir;
        this.throwaway = throwaway;
        checkWritable(dir);
        try {
            StalePostmaster.stopIfRunning(dir);
            if (throwaway) {
                deleteRecursively(dir);
                Files.createDirectories(dir);
            }
            this.credentials = prepareCredentials(dir);
            this.postgres = startServer(0);
            this.port = postgres.getPort();
            this.running = true;
            createRoles();
            log.info("Embedded PostgreSQL serving on port {} (roles {} and {})", port, OWNER_ROLE, APP_ROLE);
        } catch (IOException | SQLException | RuntimeException e) {
            throw new EmbeddedDatabaseException(dir, e);
        }
    }

    static EmbeddedDatabase start(Path dataDir) {
        EmbeddedDatabase db = new EmbeddedDatabase(dataDir.toAbsolutePath().normalize(), false);
        db.supervise();
        return db;
    }

    /**
     * For tests: one fresh server per JVM and directory, shared by every Spring context, its data wiped
     * and the server stopped when the JVM ends. Same roles and passwords as in production.
     */
    static EmbeddedDatabase shared(Path dataDir) {
        return SHARED.computeIfAbsent(dataDir.toAbsolutePath().normalize(), dir -> {
            EmbeddedDatabase db = new EmbeddedDatabase(dir, true);
            Runtime.getRuntime().addShutdownHook(new Thread(db::stop, "embedded-postgres-stop"));
            db.supervise();
            return db;
        });
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    public int port() {
        return port;
    }

    String appPassword() {
        return credentials.app();
    }

    String ownerPassword() {
        return credentials.owner();
    }

    String superuserPassword() {
        return credentials.superuser();
    }

    public Path dataDirectory() {
        return dir;
    }

    /** The postmaster's process id, from its lock file; empty while no server runs. */
    public Optional<Long> postmasterPid() {
        return StalePostmaster.pidIn(dir);
    }

    public boolean isRunning() {
        return running;
    }

    /** Told {@code false} when the server died and {@code true} when it is serving again. */
    void onAvailabilityChange(Consumer<Boolean> listener) {
        listeners.add(listener);
    }

    Connection connectAsSuperuser() throws SQLException {
        return connect("postgres", credentials.superuser());
    }

    Connection connect(String user, String password) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        return DriverManager.getConnection(jdbcUrl(), p);
    }

    private static DatabaseCredentials prepareCredentials(Path dir) throws IOException {
        if (DatabaseCredentials.existIn(dir)) {
            return DatabaseCredentials.readFrom(dir);
        }
        DatabaseCredentials fresh = DatabaseCredentials.generate();
        if (Files.exists(dir.resolve("postgresql.conf"))) {
            // A data directory from before passwords (trust authentication): set the superuser's password in
            // single-user mode, which opens no connection at all, before the server ever listens again.
            log.info("Upgrading the embedded PostgreSQL in {} to password authentication", dir);
            setSuperuserPasswordOffline(dir, fresh.superuser());
        }
        // A fresh directory gets the password from initdb (see startServer); either way the file is written
        // before the server starts, so the passwords are never lost.
        return fresh;
    }

    private static void setSuperuserPasswordOffline(Path dir, String password) throws IOException {
        String sql = "ALTER ROLE postgres PASSWORD '" + password + "';\n";
        PostgresBinaries.Result r = PostgresBinaries.unpacked().run("postgres", sql, 120,
                "--single", "-D", dir.toString(), "-c", "password_encryption=scram-sha-256", "postgres");
        if (r.exitCode() != 0 || r.output().contains("ERROR")) {
            throw new IOException("could not set the database password in single-user mode: " + r.output());
        }
    }

    private EmbeddedPostgres startServer(int fixedPort) throws IOException {
        log.info("Starting embedded PostgreSQL with its data in {}", dir);
        boolean fresh = !Files.exists(dir.resolve("postgresql.conf"));
        Path pwfile = null;
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setRegisterShutdownHook(false)
                    .setPort(fixedPort)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    // zonky turns durability off for throwaway test databases; Galley's own data must survive a crash.
                    .setServerConfig("synchronous_commit", throwaway ? "off" : "on")
                    .setServerConfig("fsync", throwaway ? "off" : "on")
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("listen_addresses", "localhost")
                    // No Unix socket: its default directory (/tmp) is open to every local user.
                    .setServerConfig("unix_socket_directories", "''")
                    .setServerConfig("password_encryption", "scram-sha-256")
                    .setConnectConfig("password", credentials.superuser())
                    .setDataDirectoryCustomizer(d -> {
                        try {
                            credentials.writeTo(d.toPath());
                            writeHba(d.toPath());
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    });
            if (fresh) {
                pwfile = Files.createTempFile(dir.getParent(), ".galley-pw", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                Files.writeString(pwfile, credentials.superuser() + "\n");
                builder.setLocaleConfig("auth", "scram-sha-256").setLocaleConfig("pwfile", pwfile.toString());
            }
            return builder.start();
        } finally {
            if (pwfile != null) {
                Files.deleteIfExists(pwfile);
            }
        }
    }

    /** Password connections over the loopback only, on every start: also upgrades directories made with "trust". */
    private static void writeHba(Path dir) throws IOException {
        DatabaseCredentials.writeOwnerOnly(dir.resolve("pg_hba.conf"), """
                # Written by Galley on every start: password (SCRAM) connections over the loopback only, no Unix socket.
                # TYPE  DATABASE  USER  ADDRESS       METHOD
                host    all       all   127.0.0.1/32  scram-sha-256
                host    all       all   ::1/128       scram-sha-256
                """);
    }

    /** Creates or updates the owner and application roles (db/roles.sql) and sets their passwords. */
    private void createRoles() throws SQLException, IOException {
        String roles;
        try (InputStream in = EmbeddedDatabase.class.getResourceAsStream("/db/roles.sql")) {
            if (in == null) {
                throw new IOException("db/roles.sql is missing from the classpath");
            }
            roles = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection c = connectAsSuperuser(); Statement s = c.createStatement()) {
            s.execute(roles);
            s.execute("alter role " + OWNER_ROLE + " password '" + credentials.owner() + "'");
            s.execute("alter role " + APP_ROLE + " password '" + credentials.app() + "'");
        }
    }

    private void supervise() {
        supervisor = new Thread(this::superviseLoop, "embedded-postgres-supervisor");
        supervisor.setDaemon(true);
        supervisor.start();
    }

    private void superviseLoop() {
        while (!closed) {
            try {
                Thread.sleep(CHECK_EVERY.toMillis());
                if (closed) {
                    return;
                }
                if (!postmasterAlive()) {
                    running = false;
                    log.error("The embedded PostgreSQL stopped unexpectedly; restarting it on port {}", port);
                    listeners.forEach(l -> l.accept(false));
                    restart();
                    running = true;
                    listeners.forEach(l -> l.accept(true));
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("Supervising the embedded PostgreSQL", e);
            }
        }
    }

    private boolean postmasterAlive() {
        return postmasterPid().map(StalePostmaster::isRunning).orElse(false);
    }

    private synchronized void restart() throws InterruptedException {
        long started = System.nanoTime();
        boolean oldReleased = false;
        for (int attempt = 1; !closed; attempt++) {
            try {
                // First, so that zonky's stop of the dead server fails fast instead of waiting on a zombie's lock file.
                StalePostmaster.stopIfRunning(dir);
                if (!oldReleased) {
                    closeQuietly(postgres);
                    oldReleased = true;
                }
                postgres = startServer(port);
                log.info("The embedded PostgreSQL is serving again after {} ms (attempt {})",
                        (System.nanoTime() - started) / 1_000_000, attempt);
                return;
            } catch (IOException | RuntimeException e) {
                // Typically the dead server's last backends still hold its shared memory for a moment.
                log.warn("Restarting the embedded PostgreSQL failed (attempt {}): {}", attempt,
                        EmbeddedDatabaseException.rootMessage(e));
                Thread.sleep(Math.min(5000, 250L * attempt));
            }
        }
    }

    private static void closeQuietly(EmbeddedPostgres pg) {
        try {
            if (pg != null) {
                pg.close();
            }
        } catch (IOException | RuntimeException e) {
            log.debug("Closing the dead embedded PostgreSQL", e);
        }
    }

    private synchronized void stop() {
        if (closed) {
            return;
        }
        closed = true;
        if (supervisor != null) {
            supervisor.interrupt();
        }
        closeQuietly(postgres);
        running = false;
        if (throwaway) {
            deleteRecursively(dir);
        }
    }

    private static void checkWritable(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException | SecurityException e) {
            throw new EmbeddedDatabaseException(dir, new IOException("cannot create the directory (" + e.getClass().getSimpleName() + ")"));
        }
        if (!Files.isWritable(dir)) {
            throw new EmbeddedDatabaseException(dir, new IOException("directory is not writable: " + dir));
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("Could not delete {}", dir, e);
        }
    }

    @Override
    public void destroy() {
        if (!SHARED.containsValue(this)) {
            stop();
        }
    }
}
