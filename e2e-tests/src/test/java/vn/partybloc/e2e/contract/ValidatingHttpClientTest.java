package vn.partybloc.e2e.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The wrapper around the generated client's HTTP client checks each call against a document, without a stack. */
class ValidatingHttpClientTest {

    private static final String DOCUMENT = """
            {"openapi":"3.0.3","info":{"title":"things","version":"1"},
             "paths":{
              "/things":{"post":{"operationId":"createThing",
                "requestBody":{"required":true,"content":{"application/json":{"schema":{"$ref":"#/components/schemas/NewThing"}}}},
                "responses":{"201":{"description":"created","headers":{"Location":{"schema":{"type":"string"}}},
                  "content":{"application/json":{"schema":{"$ref":"#/components/schemas/Thing"}}}},
                 "400":{"description":"refused"}}}},
              "/things/{id}":{"get":{"operationId":"getThing",
                "parameters":[{"name":"id","in":"path","required":true,"schema":{"type":"string"}}],
                "responses":{"200":{"description":"found","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Thing"}}}}}}},
              "/things/report":{"get":{"operationId":"reportThings",
                "responses":{"200":{"description":"report","content":{"application/json":{"schema":{"type":"object"}}}}}}}},
             "components":{"schemas":{
              "NewThing":{"type":"object","required":["name"],"properties":{"name":{"type":"string"}}},
              "Thing":{"type":"object","required":["id","size"],"properties":{"id":{"type":"string"},"size":{"type":"integer"}}}}}}
            """;

    private HttpServer server;
    private Contract contract;
    private String base;

    @BeforeEach
    void serveThings() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        base = "http://localhost:" + server.getAddress().getPort();
        Map<String, String> bodies =
                Map.of("/things/good", "{\"id\":\"a\",\"size\":3}", "/things/bad", "{\"id\":\"a\",\"size\":\"three\"}");
        server.createContext("/things", exchange -> {
            String path = exchange.getRequestURI().getPath();
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            int status = 200;
            String body = bodies.getOrDefault(path, "{}");
            if (exchange.getRequestMethod().equals("POST")) {
                status = 201;
                body = bodies.get("/things/good");
                exchange.getResponseHeaders().add("Location", "http://localhost:8081/things/a");
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        contract = new Contract(DOCUMENT);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private HttpClient client(Contract.Requests requests) {
        return ValidatingHttpClient.builder(contract, requests).build();
    }

    @Test
    void aResponseThatMatchesTheDocumentIsStillReadByTheCallersBodyHandler() throws Exception {
        HttpResponse<java.io.InputStream> response = client(Contract.Requests.VALID)
                .send(
                        HttpRequest.newBuilder(URI.create(base + "/things/good"))
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream());

        assertEquals(200, response.statusCode());
        assertEquals("{\"id\":\"a\",\"size\":3}", new String(response.body().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void aResponseWithAFieldOfTheWrongTypeFailsTheCall() {
        AssertionFailedError failure = assertThrows(
                AssertionFailedError.class,
                () -> client(Contract.Requests.VALID)
                        .send(
                                HttpRequest.newBuilder(URI.create(base + "/things/bad"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString()));

        assertTrue(failure.getMessage().contains("GET /things/bad → 200"), failure.getMessage());
        assertTrue(failure.getMessage().contains("size"), failure.getMessage());
    }

    @Test
    void aRequestMissingARequiredFieldFailsUnlessItIsBadOnPurpose() throws Exception {
        HttpRequest nameless = HttpRequest.newBuilder(URI.create(base + "/things"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build();

        AssertionFailedError failure = assertThrows(
                AssertionFailedError.class,
                () -> client(Contract.Requests.VALID).send(nameless, HttpResponse.BodyHandlers.ofString()));
        assertTrue(failure.getMessage().contains("name"), failure.getMessage());
        assertEquals(
                201,
                client(Contract.Requests.BAD_ON_PURPOSE)
                        .send(nameless, HttpResponse.BodyHandlers.ofString())
                        .statusCode());
    }

    @Test
    void theLocationOfACreatingOperationIsRecordedUnderItsPathTemplate() throws Exception {
        client(Contract.Requests.VALID)
                .send(
                        HttpRequest.newBuilder(URI.create(base + "/things"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"chi bộ\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        Operations.Operation create = new Operations.Operation("POST", "/things", "createThing", true);
        assertEquals(
                Map.of(create, List.of("http://localhost:8081/things/a")),
                contract.locations().seen());
        assertEquals(java.util.Set.of(create), contract.operations().creating());
        assertEquals(Map.of(Contract.Channel.GENERATED_CLIENT, 1), contract.calls());
    }

    @Test
    void aKnownMismatchIsToleratedAndOneNoCallShowsIsStale() throws Exception {
        KnownMismatch wrongSize = new KnownMismatch(java.util.regex.Pattern.compile("\\(string\\)"), "size as text");
        KnownMismatch neverSeen = new KnownMismatch(java.util.regex.Pattern.compile("nothing like this"), "unseen");
        Contract tolerant = new Contract(DOCUMENT, true, List.of(wrongSize, neverSeen));

        HttpResponse<String> response = ValidatingHttpClient.builder(tolerant, Contract.Requests.VALID)
                .build()
                .send(
                        HttpRequest.newBuilder(URI.create(base + "/things/bad")).build(),
                        HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode());
        assertEquals(Map.of("size as text", 1), tolerant.tolerated());
        assertEquals(List.of("unseen"), tolerant.staleKnownMismatches());
    }

    @Test
    void aLiteralSegmentIsNotTakenForAPathParameter() {
        assertEquals(
                "reportThings",
                contract.operations()
                        .find("GET", "/things/report")
                        .orElseThrow()
                        .id());
        assertEquals(
                "getThing",
                contract.operations().find("GET", "/things/a").orElseThrow().id());
    }
}
