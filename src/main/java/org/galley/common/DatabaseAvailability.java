package org.galley.common;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Whether the database can be reached right now. It goes down when the embedded server dies (its supervisor
 * says so) or when a connection fails (any database); while down, a probe tries a connection every second and
 * brings it back up. Requests are answered 503 meanwhile ({@link DatabaseUnavailableFilter}) and the health
 * endpoint says DOWN.
 */
@Component
public class DatabaseAvailability implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DatabaseAvailability.class);
    private static final Duration PROBE_EVERY = Duration.ofSeconds(1);

    private final DataSource dataSource;
    private final ScheduledExecutorService prober = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "database-availability-probe");
        t.setDaemon(true);
        return t;
    });
    private final AtomicBoolean probing = new AtomicBoolean();
    private volatile Instant downSince;

    DatabaseAvailability(DataSource dataSource, ObjectProvider<EmbeddedDatabase> embedded) {
        this.dataSource = dataSource;
        DatabaseFailures.setListener(this::markDown);
        embedded.ifAvailable(db -> db.onAvailabilityChange(up -> {
            if (up) {
                // The server is back; the probe confirms the pool reaches it before requests are let through.
                startProbe();
            } else {
                markDown();
            }
        }));
    }

    public boolean isAvailable() {
        return downSince == null;
    }

    /** When the database was found unreachable, or null while it is available. */
    public Instant downSince() {
        return downSince;
    }

    void markDown() {
        if (downSince == null) {
            downSince = Instant.now();
            log.warn("The database is unavailable; answering 503 and retrying every {} s", PROBE_EVERY.toSeconds());
        }
        startProbe();
    }

    private void markUp() {
        Instant since = downSince;
        if (since != null) {
            downSince = null;
            log.info("The database is available again after {} ms", Duration.between(since, Instant.now()).toMillis());
        }
    }

    private void startProbe() {
        if (probing.compareAndSet(false, true)) {
            prober.schedule(this::probe, 200, TimeUnit.MILLISECONDS);
        }
    }

    private void probe() {
        boolean ok;
        try (Connection c = dataSource.getConnection()) {
            ok = c.isValid(2);
        } catch (Exception e) {
            ok = false;
        }
        if (ok) {
            markUp();
            probing.set(false);
        } else {
            if (downSince == null) {
                downSince = Instant.now();
            }
            prober.schedule(this::probe, PROBE_EVERY.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    @Override
    public void destroy() {
        prober.shutdownNow();
        DatabaseFailures.setListener(() -> { });
    }
}
