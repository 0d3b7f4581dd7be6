package vn.partybloc.gateway.routing;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The guard of one upstream: it opens after {@code threshold} consecutive failures, refuses for {@code openFor}, then
 * lets one trial request through, whose outcome closes or reopens it. The class reads the system clock, so the open
 * period is chosen long (an hour: it cannot pass during the test) or short (it passes while the test waits).
 */
class CircuitBreakerTest {

    private static final Duration LONG = Duration.ofHours(1);
    private static final Duration SHORT = Duration.ofMillis(300);

    @Test
    void itStaysClosedUpToOneFailureBeforeTheThreshold() {
        CircuitBreaker breaker = new CircuitBreaker(3, LONG);
        breaker.onFailure();
        breaker.onFailure();
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
        assertTrue(breaker.allowRequest());
        assertEquals(0, breaker.secondsUntilTrial());
    }

    @Test
    void itOpensAtTheThresholdAndRefusesForTheOpenPeriod() {
        CircuitBreaker breaker = new CircuitBreaker(3, LONG);
        failTimes(breaker, 3);
        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
        assertFalse(breaker.allowRequest());
        assertFalse(breaker.allowRequest());
        long wait = breaker.secondsUntilTrial();
        assertTrue(wait > 3500 && wait <= 3600, "Retry-After counts down from the open period: " + wait);
    }

    @Test
    void onlyConsecutiveFailuresCount() {
        CircuitBreaker breaker = new CircuitBreaker(3, LONG);
        failTimes(breaker, 2);
        breaker.onSuccess();
        failTimes(breaker, 2);
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
        assertTrue(breaker.allowRequest());
        breaker.onFailure();
        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
    }

    @Test
    void aThresholdOfOneOpensOnTheFirstFailure() {
        CircuitBreaker breaker = new CircuitBreaker(1, LONG);
        breaker.onFailure();
        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
        assertFalse(breaker.allowRequest());
    }

    @Test
    void afterTheOpenPeriodExactlyOneTrialGoesThrough() {
        CircuitBreaker breaker = new CircuitBreaker(2, SHORT);
        failTimes(breaker, 2);
        assertFalse(breaker.allowRequest());
        await().atMost(Duration.ofSeconds(5)).until(() -> breaker.state() == CircuitBreaker.State.HALF_OPEN);
        assertTrue(breaker.allowRequest(), "the trial");
        assertFalse(breaker.allowRequest(), "a second request while the trial runs");
        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
    }

    @Test
    void aSuccessfulTrialClosesTheCircuit() {
        CircuitBreaker breaker = new CircuitBreaker(2, SHORT);
        failTimes(breaker, 2);
        await().atMost(Duration.ofSeconds(5)).until(breaker::allowRequest);
        breaker.onSuccess();
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
        assertTrue(breaker.allowRequest());
        assertTrue(breaker.allowRequest());
        // The failure count started again from zero.
        breaker.onFailure();
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
    }

    @Test
    void aFailedTrialReopensTheCircuitForAnotherPeriod() {
        CircuitBreaker breaker = new CircuitBreaker(2, SHORT);
        failTimes(breaker, 2);
        await().atMost(Duration.ofSeconds(5)).until(breaker::allowRequest);
        breaker.onFailure();
        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
        assertFalse(breaker.allowRequest());
        await().atMost(Duration.ofSeconds(5)).until(breaker::allowRequest);
    }

    private static void failTimes(CircuitBreaker breaker, int times) {
        for (int i = 0; i < times; i++) {
            breaker.onFailure();
        }
    }
}
