package vn.partybloc.evaluation;

import static io.restassured.RestAssured.given;

import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.partybloc.testing.JsonBodies;
import vn.partybloc.testing.Tokens;

/** Calls the service's API the way a client does, for the set-up and steps the tests share. */
final class Api {

    static String admin() {
        return Tokens.as("admin");
    }

    private Api() {}

    /** Cycles are never deleted: once read, a year's is known for the rest of the run. */
    private static final Map<Integer, UUID> CYCLES = new HashMap<>();

    /** The cycle of a year, opened (with the article's targets) if no test opened it yet. */
    static synchronized UUID cycle(int year) {
        return CYCLES.computeIfAbsent(year, Api::readOrOpenCycle);
    }

    private static UUID readOrOpenCycle(int year) {
        List<Map<String, Object>> cycles = given().auth()
                .oauth2(admin())
                .queryParam("size", 500)
                .get("/api/v1/review-cycles")
                .then()
                .statusCode(200)
                .extract()
                .path("items");
        for (Map<String, Object> c : cycles) {
            if (((Integer) c.get("year")) == year) {
                return UUID.fromString((String) c.get("id"));
            }
        }
        return UUID.fromString(JsonBodies.createdId(given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"year\":" + year + "}")
                .post("/api/v1/review-cycles")
                .then()));
    }

    static ValidatableResponse post(String token, String path, String body) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(body)
                .post(path)
                .then();
    }

    static ValidatableResponse selfAssess(String token, UUID cycle, String kind, UUID subject, String rating) {
        return post(token, "/api/v1/reviews", """
                {"cycleId":"%s","subjectKind":"%s","subjectId":"%s",%s}""".formatted(cycle, kind, subject, rating));
    }

    static ValidatableResponse propose(String token, UUID review, String rating) {
        return post(token, "/api/v1/reviews/" + review + "/proposals", "{" + rating + "}");
    }

    static ValidatableResponse decide(String token, UUID review, String rating) {
        return post(
                token,
                "/api/v1/reviews/" + review + "/decisions",
                "{" + rating + ",\"decisionNumber\":\"45-QĐ/ĐUK\",\"decidedOn\":\"2024-12-20\"}");
    }

    /** Self-assessment, proposal and decision by the admin, all with the same rating; returns the review id. */
    static UUID decided(UUID cycle, String kind, UUID subject, String rating) {
        UUID id = UUID.fromString(JsonBodies.createdId(selfAssess(admin(), cycle, kind, subject, rating)));
        propose(admin(), id, rating).statusCode(200);
        decide(admin(), id, rating).statusCode(200);
        return id;
    }

    static String level(String level) {
        return "\"level\":\"" + level + "\"";
    }

    /** One batch item as JSON. */
    static String item(String kind, UUID subject, String rating, String decidedOn) {
        return """
                {"subjectKind":"%s","subjectId":"%s",%s,"decisionNumber":"45-QĐ/ĐUK","decidedOn":"%s"}""".formatted(kind, subject, rating, decidedOn);
    }

    static ValidatableResponse batch(String token, UUID cycle, List<String> items) {
        return post(
                token,
                "/api/v1/reviews/batch",
                "{\"cycleId\":\"" + cycle + "\",\"items\":[" + String.join(",", items) + "]}");
    }
}
