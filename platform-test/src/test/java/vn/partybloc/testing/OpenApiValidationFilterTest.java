package vn.partybloc.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The filter against a tiny document and a server that answers right on one path and wrong on the other. */
class OpenApiValidationFilterTest {

    private static final String DOCUMENT = """
            {"openapi": "3.0.3", "info": {"title": "notes", "version": "1"},
             "paths": {
               "/notes/{id}": {"get": {
                 "parameters": [{"name": "id", "in": "path", "required": true,
                                 "schema": {"type": "string", "format": "uuid"}}],
                 "responses": {"200": {"description": "a note", "content": {"application/json": {
                   "schema": {"$ref": "#/components/schemas/Note"}}}}}}},
               "/drafts/{name}": {"post": {
                 "parameters": [{"name": "name", "in": "path", "required": true, "schema": {"type": "string"}}],
                 "responses": {"201": {"description": "created",
                   "headers": {"Location": {"required": true, "schema": {"type": "string", "format": "uri"}}}}}}}},
             "components": {"schemas": {"Note": {"type": "object", "required": ["id", "text"],
               "properties": {"id": {"type": "string", "format": "uuid"}, "text": {"type": "string"}}}}}}
            """;
    private static final String RIGHT_ID = "6f1c2a4e-0f5b-4c8e-9a53-2b7d9c1e8f00";
    private static final String WRONG_ID = "0c9e7d1a-3b2f-4a6e-8d5c-1f4b7a9e2d33";

    private static HttpServer server;

    @BeforeAll
    static void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        server.createContext("/notes/", exchange -> {
            String id = exchange.getRequestURI().getPath().substring("/notes/".length());
            // The wrong answer types text as a number, as a field mapped to the wrong Java type would.
            String body = id.equals(WRONG_ID)
                    ? "{\"id\":\"" + WRONG_ID + "\",\"text\":42}"
                    : "{\"id\":\"" + RIGHT_ID + "\",\"text\":\"ghi chú\"}";
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.createContext("/drafts/", exchange -> {
            // The "forgetful" draft is answered without the Location its 201 declares.
            if (!exchange.getRequestURI().getPath().endsWith("/forgetful")) {
                exchange.getResponseHeaders().add("Location", "http://localhost/drafts/1");
            }
            exchange.sendResponseHeaders(201, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
    }

    @Test
    void anAnswerThatMatchesTheDocumentPasses() {
        assertDoesNotThrow(() -> get(RIGHT_ID, true));
    }

    @Test
    void anAnswerWithAFieldOfTheWrongTypeFailsTheTest() {
        AssertionError failure = assertThrows(AssertionError.class, () -> get(WRONG_ID, true));
        assertTrue(failure.getMessage().contains("/text"), failure.getMessage());
    }

    @Test
    void anInvalidRequestFailsUnlessSentOnPurpose() {
        assertThrows(AssertionError.class, () -> get("not-a-uuid", true));
        assertDoesNotThrow(() -> get("not-a-uuid", false));
    }

    @Test
    void onPurposeOnlyTheRequestGoesUncheckedNotTheAnswer() {
        assertThrows(AssertionError.class, () -> get(WRONG_ID, false));
    }

    @Test
    void aCreationAnswerWithoutTheLocationItDeclaresFailsTheTest() {
        assertDoesNotThrow(() -> post("careful"));
        AssertionError failure = assertThrows(AssertionError.class, () -> post("forgetful"));
        assertTrue(failure.getMessage().contains("Location"), failure.getMessage());
    }

    @Test
    void thePlainClientsAnswersAreCheckedAgainstTheDocumentToo() throws Exception {
        assertDoesNotThrow(() -> PlainHttp.checkAnswer(
                OpenApiValidationFilter.validatorFor(DOCUMENT),
                null,
                "GET",
                "/notes/" + RIGHT_ID + "?view=full",
                null,
                null,
                plainGet("/notes/" + RIGHT_ID)));
        AssertionError failure = assertThrows(
                AssertionError.class,
                () -> PlainHttp.checkAnswer(
                        OpenApiValidationFilter.validatorFor(DOCUMENT),
                        null,
                        "GET",
                        "/notes/" + WRONG_ID,
                        null,
                        null,
                        plainGet("/notes/" + WRONG_ID)));
        assertTrue(failure.getMessage().contains("/text"), failure.getMessage());
    }

    private static HttpResponse<String> plainGet(String path) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:"
                                        + server.getAddress().getPort() + path))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static void post(String name) {
        given().filter(OpenApiValidationFilter.forDocument(DOCUMENT, true))
                .baseUri("http://localhost")
                .port(server.getAddress().getPort())
                .post("/drafts/" + name)
                .then()
                .statusCode(201);
    }

    private static void get(String id, boolean validateRequests) {
        given().filter(OpenApiValidationFilter.forDocument(DOCUMENT, validateRequests))
                .baseUri("http://localhost")
                .port(server.getAddress().getPort())
                .get("/notes/" + id)
                .then()
                .statusCode(200);
    }
}
