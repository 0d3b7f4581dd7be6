package vn.partybloc.launcher.bench;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

/**
 * As many requests as a fixed number of connections can carry, each sending its next when the last is answered (what
 * {@code wrk} does): the throughput a server reaches. Its latencies hide stalls; {@link OpenLoad} measures those.
 */
public final class ClosedLoad {

    private ClosedLoad() {}

    public static Measurement run(
            String name, LoadClient client, Supplier<URI> requests, int connections, Duration warmUp, Duration duration)
            throws InterruptedException {
        Window window = new Window(client, requests, System.nanoTime() + warmUp.toNanos(), duration, connections);
        for (int c = 0; c < connections; c++) {
            window.sendNext();
        }
        window.done.await();
        return window.tally.measurement(name, duration.toNanos() / 1e9);
    }

    /** The measured window and its counts; each of the connections' chains of requests ends when it closes. */
    private static final class Window {

        private final LoadClient client;
        private final Supplier<URI> requests;
        private final long from;
        private final long end;
        private final Tally tally = new Tally();
        private final CountDownLatch done;

        Window(LoadClient client, Supplier<URI> requests, long from, Duration duration, int connections) {
            this.client = client;
            this.requests = requests;
            this.from = from;
            this.end = from + duration.toNanos();
            this.done = new CountDownLatch(connections);
        }

        void sendNext() {
            long sent = System.nanoTime();
            if (sent >= end) {
                done.countDown();
                return;
            }
            URI uri = requests.get();
            client.get(uri).onComplete(result -> {
                long now = System.nanoTime();
                if (sent >= from && now <= end) {
                    tally.answer(now - sent, Failures.of(uri, result.result(), result.cause()));
                }
                sendNext();
            });
        }
    }
}
