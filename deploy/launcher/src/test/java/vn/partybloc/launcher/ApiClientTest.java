package vn.partybloc.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The loaders' client sends again what the API says to send again, and stops the load on any other error. */
class ApiClientTest {

    private record Answer(int status, String retryAfter, String body) {}

    private final Deque<Answer> answers = new ArrayDeque<>();
    private final AtomicInteger requests = new AtomicInteger();
    private HttpServer server;
    private ApiClient api;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/realm/protocol/openid-connect/token", exchange -> answer(exchange, 200, null, """
                {"access_token": "a-token"}"""));
        server.createContext("/api/v1/notes", exchange -> {
            requests.incrementAndGet();
            Answer next = answers.removeFirst();
            answer(exchange, next.status(), next.retryAfter(), next.body());
        });
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        api = ApiClient.login(base, base + "/realm", "admin", "secret");
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aConflictWithRetryAfterIsSentAgainAndItsAnswerReturned() throws Exception {
        answers.add(new Answer(409, "0", "{\"type\": \"https://partybloc.vn/problems/conflict\"}"));
        answers.add(new Answer(429, "0", "{}"));
        answers.add(new Answer(201, null, "{\"id\": \"n-1\"}"));
        assertEquals("n-1", api.post("/api/v1/notes", "{}").path("id").asText());
        assertEquals(3, requests.get());
    }

    @Test
    void aConflictWithTheStateStopsTheLoad() {
        answers.add(new Answer(409, null, "{\"detail\": \"national id taken\"}"));
        IOException stopped = assertThrows(IOException.class, () -> api.post("/api/v1/notes", "{}"));
        assertTrue(stopped.getMessage().contains("409"), stopped.getMessage());
        assertEquals(1, requests.get());
    }

    private static void answer(HttpExchange exchange, int status, String retryAfter, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (retryAfter != null) {
            exchange.getResponseHeaders().add("Retry-After", retryAfter);
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
