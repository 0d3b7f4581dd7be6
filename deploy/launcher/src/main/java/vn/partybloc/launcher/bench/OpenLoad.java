package vn.partybloc.launcher.bench;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Sends requests at a constant offered rate, whatever the answers take, and times each from the moment it was due, not
 * from when it went out: a server that stalls shows in the latencies instead of hiding behind fewer requests
 * (coordinated omission, which a closed loop such as {@code wrk}'s suffers from; {@code wrk2} measures this way). A
 * request due while every connection is busy waits in the client's queue, and that wait counts.
 */
public final class OpenLoad {

    private static final Duration GRACE = Duration.ofSeconds(30);

    private OpenLoad() {}

    public static Measurement run(
            String name, LoadClient client, Supplier<URI> requests, int perSecond, Duration duration)
            throws InterruptedException {
        long interval = 1_000_000_000L / perSecond;
        int count = (int) (duration.toNanos() / interval);
        Tally tally = new Tally();
        CountDownLatch answered = new CountDownLatch(count);
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            long due = start + i * interval;
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            URI uri = requests.get();
            client.get(uri).onComplete(result -> {
                tally.answer(System.nanoTime() - due, Failures.of(uri, result.result(), result.cause()));
                answered.countDown();
            });
        }
        if (!answered.await(GRACE.toNanos(), TimeUnit.NANOSECONDS)) {
            tally.unanswered(answered.getCount(), "no answer within " + GRACE.toSeconds() + " s of the last request");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return tally.measurement(name, count, seconds);
    }
}
