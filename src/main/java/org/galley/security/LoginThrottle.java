package org.galley.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Slows password guessing without letting anyone lock out someone else. Two counters are charged for every
 * attempt, before the password is checked (so parallel guesses count too): one for the pair (account, address)
 * and one for the address alone. A charge is settled as a failure, a success (the pair starts afresh) or a
 * refund once the check is done; attempts beyond the limit wait while earlier ones are still being checked. When a counter has used up its attempts within the window, further attempts
 * are refused for a lock that doubles each time it is hit again (window, 2 × window, …, up to the longest lock).
 * A wrong password from elsewhere therefore never locks the account for its owner's address.
 * <p>
 * State lives in a bounded Caffeine cache (least useful entries are evicted first; idle entries expire after
 * the longest lock), so a flood of addresses or names cannot exhaust memory. A restart forgets it, which is
 * acceptable for a newsroom tool behind one server.
 */
@Component
public class LoginThrottle {

    /** What a charge allowed. {@code lockedFor} is set when this attempt started a lock; {@code refusedDuringLastLock}
     * when it is the first attempt after a lock ended (for one aggregated audit row instead of one per refusal). */
    public record Decision(boolean allowed, Duration lockedFor, int refusedDuringLastLock) {
    }

    /** Mutated only inside the cache's atomic {@code compute}. */
    private static final class Counter {
        /** Failed attempts in the current window. */
        int attempts;
        /** Attempts charged whose password check has not finished yet. */
        int inFlight;
        Instant windowStart;
        Instant lockedUntil;
        int locks;
        int refused;

        Counter(Instant now) {
            windowStart = now;
        }
    }

    private final Cache<String, Counter> counters;
    private final int pairLimit;
    private final int addressLimit;
    private final Duration window;
    private final Duration longestLock;
    private final Clock clock;
    private final Duration maxWait;

    @Autowired
    LoginThrottle(@Value("${galley.login.max-failures:5}") int pairLimit,
                  @Value("${galley.login.max-failures-per-address:20}") int addressLimit,
                  @Value("${galley.login.window:PT1M}") Duration window,
                  @Value("${galley.login.longest-lock:PT1H}") Duration longestLock,
                  @Value("${galley.login.tracked-keys:100000}") long maxKeys) {
        this(pairLimit, addressLimit, window, longestLock, maxKeys, Clock.systemUTC(), Duration.ofSeconds(30));
    }

    LoginThrottle(int pairLimit, int addressLimit, Duration window, Duration longestLock, long maxKeys, Clock clock, Duration maxWait) {
        this.maxWait = maxWait;
        this.pairLimit = pairLimit;
        this.addressLimit = addressLimit;
        this.window = window;
        this.longestLock = longestLock.compareTo(window) < 0 ? window : longestLock;
        this.clock = clock;
        this.counters = Caffeine.newBuilder()
                .maximumSize(maxKeys)
                .expireAfterAccess(this.longestLock.plus(window))
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .build();
    }

    /**
     * Charges one attempt to the pair and to the address, atomically per counter. Refused when either has used
     * up its attempts; an attempt refused by the address gives the pair its charge back.
     */
    public Decision charge(String username, String address) {
        Decision pair = charge(pairKey(username, address), pairLimit);
        if (!pair.allowed() || addressKey(address) == null) {
            return pair;
        }
        Decision byAddress = charge(addressKey(address), addressLimit);
        if (!byAddress.allowed()) {
            resolve(pairKey(username, address), Outcome.REFUND);
        }
        return new Decision(byAddress.allowed(), byAddress.lockedFor(),
                pair.refusedDuringLastLock() + byAddress.refusedDuringLastLock());
    }

    /** The password was right: the pair starts afresh; the address only gets its charge back (one success
     * must not unlock guessing other accounts from the same address). */
    public void succeeded(String username, String address) {
        resolve(pairKey(username, address), Outcome.CLEAR);
        resolve(addressKey(address), Outcome.REFUND);
    }

    /** The password was wrong: the charge becomes a failure for the pair and the address. */
    public void failed(String username, String address) {
        resolve(pairKey(username, address), Outcome.FAILURE);
        resolve(addressKey(address), Outcome.FAILURE);
    }

    /** The attempt never reached the password check (the database was unavailable): it costs nothing. */
    public void refund(String username, String address) {
        resolve(pairKey(username, address), Outcome.REFUND);
        resolve(addressKey(address), Outcome.REFUND);
    }

    /** True while the pair or the address is locked or out of attempts (for display; does not charge). */
    public boolean isBlocked(String username, String address) {
        return blocked(pairKey(username, address), pairLimit) || blocked(addressKey(address), addressLimit);
    }

    long trackedKeys() {
        counters.cleanUp();
        return counters.estimatedSize();
    }

    private enum Outcome { FAILURE, REFUND, CLEAR }

    /** Returned by one charge when the attempts left are all in flight: wait for them to finish, then ask again. */
    private static final Decision BUSY = new Decision(false, null, 0);

    /**
     * Charges one attempt. While earlier attempts for the same counter are still being checked and together with
     * the failures fill the limit, this attempt waits for them (they may fail and lock, or succeed and free their
     * place), so parallel guesses cannot outrun the count, and parallel good log-ins (a script's 16 threads) are
     * delayed a little instead of refused.
     */
    private Decision charge(String key, int limit) {
        long deadline = System.nanoTime() + maxWait.toNanos();
        long pause = 1;
        while (true) {
            Decision d = tryCharge(key, limit);
            if (d != BUSY) {
                return d;
            }
            if (System.nanoTime() > deadline) {
                return new Decision(false, null, 0);
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Decision(false, null, 0);
            }
            pause = Math.min(pause * 2, 20);
        }
    }

    private Decision tryCharge(String key, int limit) {
        Decision[] out = new Decision[1];
        counters.asMap().compute(key, (k, c) -> {
            Instant now = clock.instant();
            Counter counter = c == null ? new Counter(now) : c;
            int refusedBefore = 0;
            if (counter.lockedUntil != null) {
                if (now.isBefore(counter.lockedUntil)) {
                    counter.refused++;
                    out[0] = new Decision(false, null, 0);
                    return counter;
                }
                refusedBefore = counter.refused;
                counter.refused = 0;
                counter.lockedUntil = null;
                counter.attempts = 0;
                counter.windowStart = now;
            }
            if (!now.isBefore(counter.windowStart.plus(window))) {
                counter.attempts = 0;
                counter.windowStart = now;
            }
            if (counter.attempts >= limit) {
                Duration lock = lockAfter(counter.locks);
                counter.locks++;
                counter.lockedUntil = now.plus(lock);
                counter.refused = 1;
                out[0] = new Decision(false, lock, refusedBefore);
                return counter;
            }
            if (counter.attempts + counter.inFlight >= limit) {
                counter.refused += refusedBefore; // not reported yet: keep it for the next answer
                out[0] = BUSY;
                return counter;
            }
            counter.inFlight++;
            out[0] = new Decision(true, null, refusedBefore);
            return counter;
        });
        return out[0];
    }

    private void resolve(String key, Outcome outcome) {
        if (key != null) {
            counters.asMap().computeIfPresent(key, (k, c) -> {
                if (c.inFlight > 0) {
                    c.inFlight--;
                }
                if (outcome == Outcome.FAILURE) {
                    c.attempts++;
                } else if (outcome == Outcome.CLEAR) {
                    c.attempts = 0;
                    c.locks = 0;
                }
                return c;
            });
        }
    }

    private boolean blocked(String key, int limit) {
        if (key == null) {
            return false;
        }
        Counter c = counters.getIfPresent(key);
        if (c == null) {
            return false;
        }
        Instant now = clock.instant();
        Instant lockedUntil = c.lockedUntil;
        return lockedUntil != null ? now.isBefore(lockedUntil)
                : now.isBefore(c.windowStart.plus(window)) && c.attempts >= limit;
    }

    /** window × 2^locks, capped: 1, 2, 4, 8 … minutes by default, never more than the longest lock. */
    Duration lockAfter(int locks) {
        Duration lock = window;
        for (int i = 0; i < locks && lock.compareTo(longestLock) < 0; i++) {
            lock = lock.multipliedBy(2);
        }
        return lock.compareTo(longestLock) > 0 ? longestLock : lock;
    }

    private static String pairKey(String username, String address) {
        String name = username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
        // Names are at most 64 characters; anything longer cannot be an account, so a prefix keys it well enough.
        return "pair:" + (name.length() > 64 ? name.substring(0, 64) : name) + "@" + (address == null ? "" : address);
    }

    private static String addressKey(String address) {
        return address == null || address.isBlank() ? null : "addr:" + address;
    }
}
