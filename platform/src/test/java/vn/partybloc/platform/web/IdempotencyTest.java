package vn.partybloc.platform.web;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.partybloc.platform.testapp.Notes.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.partybloc.platform.events.Outbox;
import vn.partybloc.platform.testapp.NoteResource;
import vn.partybloc.platform.testapp.Notes;
import vn.partybloc.testing.PostgresResource;
import vn.partybloc.testing.Tokens;

@QuarkusTest
class IdempotencyTest {

    @Test
    void sameKeyAndSameBodyReturnsTheFirstResponseAndCreatesOnce() {
        String title = Notes.uniqueTitle("Idempotent");
        String key = UUID.randomUUID().toString();
        ExtractableResponse<Response> first = post(admin(), key, title)
                .then()
                .statusCode(201)
                .header(IdempotencyFilters.REPLAYED, (String) null)
                .extract();
        String id = first.path("id");
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .header(IdempotencyFilters.HEADER, key)
                .body(Notes.body(title))
                .post("/test/notes")
                .then()
                .statusCode(201)
                .contentType("application/json")
                .header(IdempotencyFilters.REPLAYED, "true")
                .header("Location", first.header("Location"))
                .header("ETag", first.header("ETag"))
                .body("id", equalTo(id))
                .body("title", equalTo(title));
        given().auth()
                .oauth2(admin())
                .get(first.header("Location"))
                .then()
                .statusCode(200)
                .body("id", equalTo(id));
        assertEquals(1, Notes.count("select count(*) from test_notes where title = ?", title), "written once");
        assertEquals(
                1,
                Notes.count("select count(*) from outbox where aggregate_id = ?", id),
                "one event for the one write");
    }

    /**
     * A POST that changes nothing ignores the key: its answer (here a note, at a look-up a member with their national
     * id) is not stored, and the same key may go with another body; its document declares no key.
     */
    @Test
    void aPostThatChangesNothingIgnoresTheKeyAndKeepsNoAnswer() {
        String title = Notes.uniqueTitle("Looked up");
        post(admin(), UUID.randomUUID().toString(), title).then().statusCode(201);
        String key = UUID.randomUUID().toString();
        for (String sought : new String[] {title, Notes.uniqueTitle("Nobody's")}) {
            given().auth()
                    .oauth2(admin())
                    .contentType("application/json")
                    .header(IdempotencyFilters.HEADER, key)
                    .body(Notes.body(sought))
                    .post("/test/notes/lookups")
                    .then()
                    .statusCode(sought.equals(title) ? 200 : 404)
                    .header(IdempotencyFilters.REPLAYED, (String) null);
        }
        assertEquals(
                0,
                Notes.count("select count(*) from idempotency_keys where idempotency_key = ?", key),
                "no answer kept");
        given().get("/q/openapi?format=json")
                .then()
                .statusCode(200)
                .body(
                        "paths.'/test/notes/lookups'.post.parameters.name",
                        not(org.hamcrest.Matchers.hasItem("Idempotency-Key")))
                .body("paths.'/test/notes'.post.parameters.name", org.hamcrest.Matchers.hasItem("Idempotency-Key"));
    }

    @Test
    void sameKeyWithADifferentBodyIsRefused() {
        String key = UUID.randomUUID().toString();
        String other = Notes.uniqueTitle("Other body");
        post(admin(), key, Notes.uniqueTitle("First body")).then().statusCode(201);
        post(admin(), key, other)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo(ProblemType.IDEMPOTENCY_KEY_REUSED.uri().toString()));
        assertEquals(0, Notes.count("select count(*) from test_notes where title = ?", other), "not written");
    }

    @Test
    void keysBelongToTheirCaller() {
        String key = UUID.randomUUID().toString();
        String byAdmin = post(admin(), key, Notes.uniqueTitle("Admin's"))
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        post(Tokens.as("organizer"), key, Notes.uniqueTitle("Organizer's"))
                .then()
                .statusCode(201)
                .header(IdempotencyFilters.REPLAYED, (String) null)
                .body("id", not(equalTo(byAdmin)));
    }

    @Test
    void aRefusedRequestIsReplayedAsRefused() {
        String title = Notes.uniqueTitle("Taken");
        Notes.write(title);
        String key = UUID.randomUUID().toString();
        post(admin(), key, title)
                .then()
                .statusCode(422)
                .header(IdempotencyFilters.REPLAYED, (String) null)
                .body("rule", equalTo(NoteResource.TITLE_TAKEN));
        post(admin(), key, title)
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .header(IdempotencyFilters.REPLAYED, "true")
                .body("rule", equalTo(NoteResource.TITLE_TAKEN));
    }

    /**
     * A request that lost a deadlock changed nothing: its 409 says when to send it again ({@code Retry-After}), and sent
     * again with the same key it is carried out, not answered with the 409 stored for the key.
     */
    @Test
    void aRequestThatLostADeadlockIsCarriedOutWhenSentAgainWithTheSameKey() throws Exception {
        String title = Notes.uniqueTitle("Deadlocked");
        String key = UUID.randomUUID().toString();
        Response lost;
        try (Connection other = PostgresResource.connect()) {
            other.setAutoCommit(false);
            try (Statement statement = other.createStatement()) {
                // Longer than the service's 1 s, so that PostgreSQL finds the deadlock in the request's transaction.
                statement.execute("set local deadlock_timeout = '30s'");
                statement.execute("select pg_advisory_xact_lock(" + Outbox.COMMIT_ORDER_LOCK + ")");
            }
            CompletableFuture<Response> request = CompletableFuture.supplyAsync(() -> post(admin(), key, title));
            await().atMost(Duration.ofSeconds(30)).until(IdempotencyTest::anAdvisoryLockIsAwaited);
            // The request has written its note and waits for the commit-order lock: the same title waits for it.
            try (PreparedStatement sameTitle =
                    other.prepareStatement("insert into test_notes (id, title) values (?, ?)")) {
                sameTitle.setObject(1, UUID.randomUUID());
                sameTitle.setString(2, title);
                sameTitle.executeUpdate();
            }
            lost = request.get(30, TimeUnit.SECONDS);
            other.rollback();
        }
        lost.then()
                .statusCode(409)
                .contentType("application/problem+json")
                .header("Retry-After", "1")
                .body("type", endsWith("/conflict"));
        post(admin(), key, title).then().statusCode(201).header(IdempotencyFilters.REPLAYED, (String) null);
        assertEquals(1, Notes.count("select count(*) from test_notes where title = ?", title), "written once");
    }

    private static boolean anAdvisoryLockIsAwaited() throws Exception {
        try (Connection connection = PostgresResource.connect();
                ResultSet waiting = connection
                        .createStatement()
                        .executeQuery("select count(*) from pg_locks where locktype = 'advisory' and not granted")) {
            return waiting.next() && waiting.getInt(1) > 0;
        }
    }

    private static Response post(String token, String key, String title) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .header(IdempotencyFilters.HEADER, key)
                .body(Notes.body(title))
                .post("/test/notes");
    }
}
