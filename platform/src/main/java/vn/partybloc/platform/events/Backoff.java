package vn.partybloc.platform.events;

import java.time.Duration;

/** Exponential backoff between retries, doubling from an initial wait up to a ceiling. Not thread-safe. */
public final class Backoff {

    private final Duration initial;
    private final Duration max;
    private Duration current;

    public Backoff(Duration initial, Duration max) {
        this.initial = initial;
        this.max = max;
        this.current = initial;
    }

    /** Sleeps for the current wait and doubles it; false if the thread was interrupted (its flag is kept). */
    public boolean pause() {
        Duration wait = current;
        Duration doubled = current.multipliedBy(2);
        current = doubled.compareTo(max) > 0 ? max : doubled;
        return sleep(wait);
    }

    public void reset() {
        current = initial;
    }

    public Duration current() {
        return current;
    }

    /** Sleeps; false if the thread was interrupted (its flag is kept). */
    public static boolean sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
