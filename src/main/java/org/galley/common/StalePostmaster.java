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
                .filter(StalePostmaster::isRunning)
                .filter(p -> isPostgresOn(p, dataDir));
        if (running.isEmpty()) {
            // No lock file, or one whose process is gone: PostgreSQL itself clears a stale lock file on start,
            // except when that process is a zombie, which PostgreSQL takes for a server still running.
            removeLockFileOfZombie(dataDir);
            return;
        }
        long pid = running.get().pid();
        log.warn("A PostgreSQL server (pid {}, port {}) is still running on {}, left by a previous run that did not stop it; stopping it",
                pid, portIn(dataDir).orElse("?"), dataDir);
        long start = System.nanoTime();
        PostgresBinaries binaries = PostgresBinaries.unpacked();
        PostgresBinaries.Result r = binaries.run("pg_ctl", null, 60, "stop", "-D", dataDir.toString(), "-m", "fast", "-w", "-t", "30");
        if (isRunning(running.get())) {
            log.warn("pg_ctl stop -m fast did not stop it ({}); stopping it immediately", r.output());
            binaries.run("pg_ctl", null, 60, "stop", "-D", dataDir.toString(), "-m", "immediate", "-w", "-t", "30");
        }
        if (isRunning(running.get())) {
            throw new IOException("a PostgreSQL server (pid " + pid + ") is running on " + dataDir + " and could not be stopped");
        }
        removeLockFileOfZombie(dataDir);
        log.info("Stopped the PostgreSQL server left running on {} in {} ms", dataDir, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * A postmaster that exited while nothing reaps orphans stays a zombie, and a new server refuses to start while
     * the pid in postmaster.pid answers signals. Once no live process works in the data directory any more (its
     * backends exit soon after the postmaster dies), that lock file is stale and is removed.
     */
    private static void removeLockFileOfZombie(Path dataDir) throws IOException {
        Optional<Long> pid = pidIn(dataDir);
        if (pid.isEmpty() || ProcessHandle.of(pid.get()).isEmpty() || isRunning(pid.get())) {
            return;
        }
        if (anyProcessWorksIn(dataDir)) {
            throw new IOException("the last server's processes are still exiting in " + dataDir);
        }
        log.info("Removing the lock file of a server that has exited (pid {}, a zombie) from {}", pid.get(), dataDir);
        Files.deleteIfExists(dataDir.resolve("postmaster.pid"));
    }

    private static boolean anyProcessWorksIn(Path dataDir) {
        Path real;
        try {
            real = dataDir.toRealPath();
        } catch (IOException e) {
            return false;
        }
        return ProcessHandle.allProcesses().filter(StalePostmaster::isRunning).anyMatch(p -> {
            try {
                return Files.readSymbolicLink(Path.of("/proc", Long.toString(p.pid()), "cwd")).equals(real);
            } catch (IOException | RuntimeException e) {
                return false;
            }
        });
    }

    /**
     * Alive and not a zombie: a server whose JVM was killed is reparented, and where nothing reaps orphans
     * (PID 1 in many containers) it stays a zombie after it exits, which {@link ProcessHandle#isAlive} counts as alive.
     */
    static boolean isRunning(ProcessHandle process) {
        if (!process.isAlive()) {
            return false;
        }
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(process.pid()), "stat"));
            // "pid (comm) S ...": the state follows the last closing parenthesis.
            String afterName = stat.substring(stat.lastIndexOf(')') + 1).trim();
            return !afterName.startsWith("Z") && !afterName.startsWith("X");
        } catch (IOException | RuntimeException e) {
            return process.isAlive();
        }
    }

    static boolean isRunning(long pid) {
        return ProcessHandle.of(pid).map(StalePostmaster::isRunning).orElse(false);
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
