package org.galley.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    final MutableClock clock = new MutableClock();
    final LoginThrottle throttle = new LoginThrottle(5, Duration.ofMinutes(1), clock);

    @Test
    void fiveFailuresForOneAccountBlockItForTheRestOfTheMinute() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("anna", "10.0.0." + i);
        }
        assertThat(throttle.isBlocked("anna", "10.0.0.99")).isFalse();
        throttle.recordFailure("anna", "10.0.0.5");
        assertThat(throttle.isBlocked("anna", "10.0.0.99")).isTrue();
        assertThat(throttle.isBlocked("Anna ", "10.0.0.99")).as("user names are matched loosely").isTrue();
        assertThat(throttle.isBlocked("bert", "10.0.0.99")).as("other accounts are not affected").isFalse();

        clock.now = clock.now.plusSeconds(61);
        assertThat(throttle.isBlocked("anna", "10.0.0.99")).isFalse();
    }

    @Test
    void fiveFailuresFromOneAddressBlockEveryAccountFromIt() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("user" + i, "192.0.2.7");
        }
        assertThat(throttle.isBlocked("someone-else", "192.0.2.7")).isTrue();
        assertThat(throttle.isBlocked("someone-else", "192.0.2.8")).isFalse();
    }

    @Test
    void aSuccessfulLoginClearsTheAccountButNotTheAddress() {
        for (int i = 0; i < 5; i++) {
            throttle.recordFailure("carl", "198.51.100.1");
        }
        throttle.recordSuccess("carl");
        assertThat(throttle.isBlocked("carl", "198.51.100.2")).isFalse();
        assertThat(throttle.isBlocked("carl", "198.51.100.1")).isTrue();
    }

    @Test
    void failuresOlderThanTheWindowDoNotCount() {
        for (int i = 0; i < 4; i++) {
            throttle.recordFailure("dora", null);
        }
        clock.now = clock.now.plusSeconds(59);
        throttle.recordFailure("dora", null);
        assertThat(throttle.isBlocked("dora", null)).isTrue();
        clock.now = clock.now.plusSeconds(2);
        assertThat(throttle.isBlocked("dora", null)).as("four of the five fell out of the window").isFalse();
    }
}
