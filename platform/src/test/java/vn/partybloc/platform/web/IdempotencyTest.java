package vn.partybloc.platform.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.partybloc.platform.testapp.Notes.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.platform.testapp.NoteResource;
import vn.partybloc.platform.testapp.Notes;
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

    private static Response post(String token, String key, String title) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .header(IdempotencyFilters.HEADER, key)
                .body(Notes.body(title))
                .post("/test/notes");
    }
}
