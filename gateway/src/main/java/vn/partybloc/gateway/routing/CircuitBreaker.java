package vn.partybloc.gateway.routing;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Per upstream: after {@code threshold} consecutive failures the circuit opens and requests are refused at once (503)
 * for {@code openFor}; then one trial request is let through, and its outcome closes or reopens the circuit.
 */
public final class CircuitBreaker {

    public enum State {
        CLOSED,
        OPEN,
        HALF_OPEN
    }

    private final int threshold;
    private final long openForNanos;
    private final AtomicInteger failures = new AtomicInteger();
    private final AtomicLong openedAt = new AtomicLong(-1);

    public CircuitBreaker(int threshold, Duration openFor) {
        this.threshold = threshold;
        this.openForNanos = openFor.toNanos();
    }

    /** True when a request may go to the upstream now. */
    public boolean allowRequest() {
        long opened = openedAt.get();
        if (opened < 0) {
            return true;
        }
        // After the open period, exactly one caller wins the trial by moving the timestamp forward.
        return System.nanoTime() - opened >= openForNanos && openedAt.compareAndSet(opened, System.nanoTime());
    }

    public void onSuccess() {
        failures.set(0);
        openedAt.set(-1);
    }

    public void onFailure() {
        if (failures.incrementAndGet() >= threshold) {
            openedAt.set(System.nanoTime());
        }
    }

    public State state() {
        long opened = openedAt.get();
        if (opened < 0) {
            return State.CLOSED;
        }
        return System.nanoTime() - opened >= openForNanos ? State.HALF_OPEN : State.OPEN;
    }

    public long secondsUntilTrial() {
        long opened = openedAt.get();
        return opened < 0
                ? 0
                : Math.max(
                        1,
                        Duration.ofNanos(openForNanos - (System.nanoTime() - opened))
                                .toSeconds());
    }
}
