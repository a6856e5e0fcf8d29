package org.galley.common;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

/**
 * A running embedded PostgreSQL with its data in a directory that survives restarts.
 * The application owns one for its lifetime; the test JVM shares one across all its Spring contexts.
 */
public final class EmbeddedDatabase implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
    private static final Map<Path, EmbeddedDatabase> SHARED = new ConcurrentHashMap<>();

    private final EmbeddedPostgres postgres;
    private final boolean shared;

    private EmbeddedDatabase(EmbeddedPostgres postgres, boolean shared) {
        this.postgres = postgres;
        this.shared = shared;
    }

    static EmbeddedDatabase start(Path dataDir) {
        return new EmbeddedDatabase(startServer(dataDir, false), false);
    }

    /**
     * For tests: one fresh server per JVM and directory, shared by every Spring context, its data wiped
     * and the server stopped by zonky's shutdown hook when the JVM ends.
     */
    static EmbeddedDatabase shared(Path dataDir) {
        return SHARED.computeIfAbsent(dataDir.toAbsolutePath().normalize(),
                dir -> new EmbeddedDatabase(startServer(dir, true), true));
    }

    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    private static EmbeddedPostgres startServer(Path dataDir, boolean throwaway) {
        Path dir = dataDir.toAbsolutePath().normalize();
        checkWritable(dir);
        try {
            log.info("Starting embedded PostgreSQL with its data in {}", dir);
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(throwaway)
                    // zonky turns durability off for throwaway test databases; Galley's own data must survive a crash.
                    .setServerConfig("synchronous_commit", throwaway ? "off" : "on")
                    .setServerConfig("fsync", throwaway ? "off" : "on")
                    .setServerConfig("max_connections", "100")
                    .start();
        } catch (IOException | RuntimeException e) {
            throw new EmbeddedDatabaseException(dir, e);
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

    @Override
    public void destroy() throws IOException {
        if (!shared) {
            postgres.close();
        }
    }
}
