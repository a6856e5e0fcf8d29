package org.galley.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing: after {@code limit} failed log-ins for one account, or from one address, within
 * the window, further attempts for it are refused until the oldest failure leaves the window. Kept in
 * memory: a restart forgets it, which is acceptable for a newsroom tool behind one server.
 */
@Component
public class LoginThrottle {

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final int limit;
    private final Duration window;
    private final Clock clock;

    @Autowired
    LoginThrottle(@Value("${galley.login.max-failures:5}") int limit,
                  @Value("${galley.login.window:PT1M}") Duration window) {
        this(limit, window, Clock.systemUTC());
    }

    LoginThrottle(int limit, Duration window, Clock clock) {
        this.limit = limit;
        this.window = window;
        this.clock = clock;
    }

    /** True while the account or the address has used up its failures. */
    public boolean isBlocked(String username, String address) {
        return blocked(accountKey(username)) || blocked(addressKey(address));
    }

    public void recordFailure(String username, String address) {
        add(accountKey(username));
        add(addressKey(address));
    }

    /** A good log-in clears the account's failures (not the address's: one success must not unlock guessing others). */
    public void recordSuccess(String username) {
        failures.remove(accountKey(username));
    }

    private boolean blocked(String key) {
        if (key == null) {
            return false;
        }
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return false;
        }
        synchronized (times) {
            prune(times);
            return times.size() >= limit;
        }
    }

    private void add(String key) {
        if (key == null) {
            return;
        }
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times);
            times.addLast(clock.instant());
        }
    }

    private void prune(Deque<Instant> times) {
        Instant cutoff = clock.instant().minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
            times.removeFirst();
        }
    }

    private static String accountKey(String username) {
        return username == null || username.isBlank() ? null : "user:" + username.trim().toLowerCase();
    }

    private static String addressKey(String address) {
        return address == null || address.isBlank() ? null : "addr:" + address;
    }
}
