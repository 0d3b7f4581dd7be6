package vn.partybloc.launcher.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ClosedLoadTest {

    @Test
    void keepsAtMostItsConnectionsInFlightAndCountsOnlyTheMeasuredWindow() throws Exception {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger served = new AtomicInteger();
        ExecutorService handlers = Executors.newFixedThreadPool(8);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.createContext("/read", exchange -> {
            most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            inFlight.decrementAndGet();
            served.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.setExecutor(handlers);
        server.start();
        try (LoadClient client = new LoadClient(2)) {
            URI uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/read");
            Measurement m =
                    ClosedLoad.run("read", client, () -> uri, 2, Duration.ofMillis(300), Duration.ofMillis(500));

            assertTrue(most.get() <= 2, "at most 2 in flight, saw " + most.get());
            assertEquals(0, m.failures());
            assertTrue(m.requests() > 0 && m.requests() < served.get(), "the warm-up's answers are not counted");
            assertTrue(m.medianMillis() >= 5, "each answer takes at least the server's 5 ms: " + m.medianMillis());
            assertEquals(0.5, m.seconds(), 1e-9);
        } finally {
            server.stop(0);
            handlers.shutdownNow();
        }
    }
}
