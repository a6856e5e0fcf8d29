package org.galley.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.galley.support.TestClock;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    final TestClock clock = new TestClock(Instant.parse("2026-01-01T00:00:00Z"));
    final LoginThrottle throttle = new LoginThrottle(5, 20, Duration.ofMinutes(1), Duration.ofMinutes(30), 10_000, clock,
            Duration.ofMillis(300));

    void fail(String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(throttle.charge(user, address).allowed()).as("attempt %d of %s from %s", i + 1, user, address).isTrue();
            throttle.failed(user, address);
        }
    }

    @Test
    void fiveWrongPasswordsFromOneAddressDoNotLockTheAccountForItsOwnerElsewhere() {
        fail("admin", "203.0.113.66", 5);
        assertThat(throttle.charge("admin", "203.0.113.66").allowed()).as("the guesser is locked").isFalse();
        assertThat(throttle.charge("ADMIN ", "203.0.113.66").allowed()).as("user names are matched loosely").isFalse();
        assertThat(throttle.charge("admin", "10.0.0.1").allowed()).as("the owner, elsewhere, is not").isTrue();
    }

    @Test
    void oneAddressGuessingManyAccountsIsLockedForAllOfThem() {
        for (int i = 0; i < 20; i++) {
            fail("user" + i, "192.0.2.7", 1);
        }
        assertThat(throttle.charge("someone-else", "192.0.2.7").allowed()).isFalse();
        assertThat(throttle.isBlocked("another", "192.0.2.7")).isTrue();
        assertThat(throttle.charge("someone-else", "192.0.2.8").allowed()).isTrue();
    }

    @Test
    void eachNewLockLastsTwiceAsLongUpToTheLongest() {
        Duration[] expected = {Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(8),
                Duration.ofMinutes(16), Duration.ofMinutes(30), Duration.ofMinutes(30)};
        for (Duration lock : expected) {
            fail("dora", "198.51.100.9", 5);
            LoginThrottle.Decision refused = throttle.charge("dora", "198.51.100.9");
            assertThat(refused.allowed()).isFalse();
            assertThat(refused.lockedFor()).isEqualTo(lock);
            clock.advance(lock.minusSeconds(1));
            assertThat(throttle.charge("dora", "198.51.100.9").allowed()).as("still locked just before %s", lock).isFalse();
            clock.advance(Duration.ofSeconds(1));
        }
    }

    @Test
    void refusedAttemptsAreCountedForOneAuditRowAfterTheLock() {
        fail("erik", "198.51.100.20", 5);
        assertThat(throttle.charge("erik", "198.51.100.20").lockedFor()).isEqualTo(Duration.ofMinutes(1));
        for (int i = 0; i < 30; i++) {
            LoginThrottle.Decision d = throttle.charge("erik", "198.51.100.20");
            assertThat(d.allowed()).isFalse();
            assertThat(d.lockedFor()).as("only the first refusal starts the lock").isNull();
        }
        clock.advance(Duration.ofMinutes(1));
        LoginThrottle.Decision after = throttle.charge("erik", "198.51.100.20");
        assertThat(after.allowed()).isTrue();
        assertThat(after.refusedDuringLastLock()).isEqualTo(31);
    }

    @Test
    void aGoodPasswordClearsThePairButOnlyRefundsTheAddress() {
        fail("carl", "198.51.100.1", 4);
        throttle.succeeded("carl", "198.51.100.1");
        fail("carl", "198.51.100.1", 5);
        assertThat(throttle.charge("carl", "198.51.100.1").allowed()).isFalse();
        // The address: 4 + 5 failures (the success only gave back its own charge), so 11 more fit before the lock.
        for (int i = 0; i < 11; i++) {
            fail("other" + i, "198.51.100.1", 1);
        }
        assertThat(throttle.charge("yet-another", "198.51.100.1").allowed()).isFalse();
    }

    @Test
    void attemptsOlderThanTheWindowDoNotCount() {
        fail("fred", "198.51.100.30", 4);
        clock.advance(Duration.ofSeconds(61));
        fail("fred", "198.51.100.30", 5);
        assertThat(throttle.charge("fred", "198.51.100.30").allowed()).isFalse();
    }

    @Test
    void parallelGuessesAreChargedBeforeAnyIsChecked() throws Exception {
        int threads = 32;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            results.add(pool.submit(() -> {
                start.await();
                boolean allowed = throttle.charge("gina", "198.51.100.40").allowed();
                if (allowed) {
                    Thread.sleep(20); // the password check
                    throttle.failed("gina", "198.51.100.40");
                }
                return allowed;
            }));
        }
        start.countDown();
        int allowed = 0;
        for (Future<Boolean> f : results) {
            allowed += f.get() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(allowed).isEqualTo(5);
    }

    @Test
    void parallelGoodLogInsWaitForTheirTurnInsteadOfBeingRefused() throws Exception {
        int threads = 16;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        LoginThrottle patient = new LoginThrottle(5, 20, Duration.ofMinutes(1), Duration.ofMinutes(30), 10_000, clock,
                Duration.ofSeconds(20));
        for (int i = 0; i < threads; i++) {
            results.add(pool.submit(() -> {
                start.await();
                boolean allowed = patient.charge("script", "198.51.100.41").allowed();
                if (allowed) {
                    Thread.sleep(20); // the password check
                    patient.succeeded("script", "198.51.100.41");
                }
                return allowed;
            }));
        }
        start.countDown();
        for (Future<Boolean> f : results) {
            assertThat(f.get()).isTrue();
        }
        pool.shutdown();
    }

    @Test
    void aFloodOfAddressesStaysWithinTheCacheBound() {
        LoginThrottle small = new LoginThrottle(5, 20, Duration.ofMinutes(1), Duration.ofMinutes(30), 500, clock, Duration.ofMillis(300));
        for (int i = 0; i < 20_000; i++) {
            String address = "10." + (i >> 16 & 255) + "." + (i >> 8 & 255) + "." + (i & 255);
            small.charge("admin", address);
            small.failed("admin", address);
        }
        assertThat(small.trackedKeys()).isLessThanOrEqualTo(500);
    }
}
