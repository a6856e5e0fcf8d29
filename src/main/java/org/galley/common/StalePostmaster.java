package org.galley.common;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server left running on Galley's data directory by a JVM that was killed (kill -9 leaves the embedded
 * PostgreSQL running as a daemon, holding postmaster.pid): found by its lock file and process, and stopped
 * cleanly before Galley starts its own, instead of failing the start with "Connection refused".
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);

    private StalePostmaster() {
    }

    /** The pid in the data directory's postmaster.pid, if the file exists and names one. */
    static Optional<Long> pidIn(Path dataDir) {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"), StandardCharsets.UTF_8);
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The port recorded in postmaster.pid (its fourth line), for the log. */
    static Optional<String> portIn(Path dataDir) {
        try {
            List<String> lines = Files.readAllLines(dataDir.resolve("postmaster.pid"), StandardCharsets.UTF_8);
            return lines.size() > 3 ? Optional.of(lines.get(3).trim()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    static void stopIfRunning(Path dataDir) throws IOException {
        Optional<ProcessHandle> running = pidIn(dataDir).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(p -> isPostgresOn(p, dataDir));
        if (running.isEmpty()) {
            // No lock file, or one whose process is gone: PostgreSQL itself clears a stale lock file on start.
            return;
        }
        long pid = running.get().pid();
        log.warn("A PostgreSQL server (pid {}, port {}) is still running on {}, left by a previous run that did not stop it; stopping it",
                pid, portIn(dataDir).orElse("?"), dataDir);
        long start = System.nanoTime();
        PostgresBinaries binaries = PostgresBinaries.unpacked();
        PostgresBinaries.Result r = binaries.run("pg_ctl", null, 60, "stop", "-D", dataDir.toString(), "-m", "fast", "-w", "-t", "30");
        if (running.get().isAlive()) {
            log.warn("pg_ctl stop -m fast did not stop it ({}); stopping it immediately", r.output());
            binaries.run("pg_ctl", null, 60, "stop", "-D", dataDir.toString(), "-m", "immediate", "-w", "-t", "30");
        }
        if (running.get().isAlive()) {
            throw new IOException("a PostgreSQL server (pid " + pid + ") is running on " + dataDir + " and could not be stopped");
        }
        log.info("Stopped the PostgreSQL server left running on {} in {} ms", dataDir, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * The pid in a lock file may have been reused by an unrelated process after a reboot: only a postgres
     * process working in this data directory is stopped.
     */
    private static boolean isPostgresOn(ProcessHandle process, Path dataDir) {
        String command = process.info().command().orElse("");
        if (!command.isEmpty() && !command.endsWith("/postgres") && !command.equals("postgres")) {
            return false;
        }
        try {
            Path cwd = Files.readSymbolicLink(Path.of("/proc", Long.toString(process.pid()), "cwd"));
            return cwd.toAbsolutePath().normalize().equals(dataDir.toRealPath());
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // Without /proc, trust the lock file: pg_ctl checks it too.
            return true;
        }
    }
}
