package vn.partybloc.launcher.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OpenLoadTest {

    private final LoadClient client = new LoadClient(2);
    private HttpServer server;
    private ExecutorService handler;

    @AfterEach
    void stop() {
        client.close();
        server.stop(0);
        handler.shutdownNow();
    }

    @Test
    void aServerSlowerThanTheOfferedRateShowsInTheLatenciesNotInFewerRequests() throws Exception {
        // One handler thread answering after 20 ms: 50 answers a second, offered 100.
        URI uri = serve(20, 200);
        Measurement m = OpenLoad.run("slow", client, () -> uri, 100, Duration.ofSeconds(1));

        assertEquals(100, m.requests(), "every request due in the second was sent");
        assertEquals(0, m.failures());
        // The last request was due at 0.99 s and answered at about 2 s: it waited behind the others, and so do the
        // latencies. Timed from when each went out on one of the client's two connections, they would be near 20 ms.
        assertTrue(m.maxMillis() >= 800, "max " + m.maxMillis() + " ms");
        assertTrue(m.medianMillis() >= 400, "median " + m.medianMillis() + " ms");
    }

    @Test
    void anErrorStatusCountsAsAFailureAndSaysWhichItWas() throws Exception {
        URI uri = serve(0, 429);
        Measurement m = OpenLoad.run("limited", client, () -> uri, 50, Duration.ofMillis(200));

        assertEquals(10, m.requests());
        assertEquals(10, m.failures());
        assertEquals("/slow answered 429", m.firstFailure());
    }

    private URI serve(long millis, int status) throws Exception {
        handler = Executors.newSingleThreadExecutor();
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 200);
        server.createContext("/slow", exchange -> {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.setExecutor(handler);
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/slow");
    }
}
