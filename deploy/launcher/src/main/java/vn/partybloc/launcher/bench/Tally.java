package vn.partybloc.launcher.bench;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Recorder;

/** A load's counts as its answers come in, from any thread: latencies, answers, failures and what the first one was. */
final class Tally {

    private final Recorder recorder = new Recorder(3);
    private final AtomicLong answered = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private final AtomicReference<String> firstFailure = new AtomicReference<>();

    /** One answer, and what went wrong with it (null when nothing did). */
    void answer(long latencyNanos, String failure) {
        recorder.recordValue(latencyNanos);
        answered.incrementAndGet();
        if (failure != null) {
            failures.incrementAndGet();
            firstFailure.compareAndSet(null, failure);
        }
    }

    /** Requests that got no answer at all, counted as failures. */
    void unanswered(long count, String why) {
        failures.addAndGet(count);
        firstFailure.compareAndSet(null, why);
    }

    /** The load as measured: the requests it counts are the answered ones. */
    Measurement measurement(String name, double seconds) {
        return measurement(name, answered.get(), seconds);
    }

    Measurement measurement(String name, long requests, double seconds) {
        return new Measurement(
                name, requests, failures.get(), firstFailure.get(), recorder.getIntervalHistogram(), seconds);
    }
}
