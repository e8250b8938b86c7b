package eu.egov.gateway.notification.domain;

import java.time.Duration;
import java.util.Optional;

/**
 * When a delivery that failed is tried again: after the base delay, then ever longer, so that a receiver that
 * is down for a night still gets its events, and one that is gone for good stops being called. With the
 * default base of 10 s: 10 s, 1 min, 5 min, 30 min, 2 h, 5 h, 10 h — eight attempts over some 18 hours.
 */
public record RetrySchedule(Duration base) {

    private static final long[] MULTIPLES = {1, 6, 30, 180, 720, 1800, 3600};

    public RetrySchedule {
        if (base.isNegative() || base.isZero()) {
            throw new IllegalArgumentException("the base delay must be positive: " + base);
        }
    }

    /** The wait before the next attempt once so many have failed; empty when the delivery is given up. */
    public Optional<Duration> delayAfter(int failedAttempts) {
        if (failedAttempts < 1 || failedAttempts > MULTIPLES.length) {
            return Optional.empty();
        }
        return Optional.of(base.multipliedBy(MULTIPLES[failedAttempts - 1]));
    }
}
