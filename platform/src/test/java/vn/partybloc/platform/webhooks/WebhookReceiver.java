package vn.partybloc.platform.webhooks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.awaitility.Awaitility;

/** An integrator's endpoint on this machine: keeps every post it receives, answers the status it is told to. */
final class WebhookReceiver implements AutoCloseable {

    record Received(Instant at, String id, String timestamp, String signature, String body) {}

    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresToAnswer = new AtomicInteger();
    private volatile int failureStatus = 500;
    private volatile CountDownLatch held = new CountDownLatch(0);

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, List<String>> headers = exchange.getRequestHeaders();
            received.add(new Received(
                    Instant.now(),
                    headers.get("webhook-id").get(0),
                    headers.get("webhook-timestamp").get(0),
                    headers.get("webhook-signature").get(0),
                    new String(body, StandardCharsets.UTF_8)));
            awaitRelease();
            int status = failuresToAnswer.getAndUpdate(n -> n == Integer.MAX_VALUE ? n : Math.max(0, n - 1)) > 0
                    ? failureStatus
                    : 204;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** The next {@code count} posts are answered {@code status}; {@link Integer#MAX_VALUE}: all of them. */
    void fail(int count, int status) {
        failureStatus = status;
        failuresToAnswer.set(count);
    }

    /** Each post waits, unanswered, until {@link #release()}: a target that hangs. */
    void hold() {
        held = new CountDownLatch(1);
    }

    void release() {
        held.countDown();
    }

    private void awaitRelease() {
        try {
            held.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    /** Waits up to {@code timeout} for the posts to satisfy {@code done}. */
    List<Received> await(Predicate<List<Received>> done, Duration timeout) {
        return Awaitility.await()
                .atMost(timeout)
                .pollInterval(Duration.ofMillis(50))
                .until(this::received, done::test);
    }

    @Override
    public void close() {
        release();
        server.stop(0);
    }
}
