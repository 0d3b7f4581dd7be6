package vn.partybloc.testing;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;

/** What a client of a service's exports does in a test: ask for one, wait for it, read it, read the feed after it. */
public final class ExportClient {

    private ExportClient() {}

    /** Asks for an export at {@code exports} (e.g. {@code /api/v1/members/exports}); returns the job's location. */
    public static String ask(String exports, String token, String body) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(body)
                .post(exports)
                .then()
                .statusCode(202)
                .extract()
                .header("Location");
    }

    /** Asks for an export of {@code organizationId}'s subtree: the answer, for a test that expects it refused. */
    public static ValidatableResponse askForSubtree(String exports, String token, UUID organizationId) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body("{\"organizationId\":\"" + organizationId + "\"}")
                .post(exports)
                .then();
    }

    /** Asks for an export at {@code exports}; returns the job's id, whether or not it is done yet. */
    public static String askedId(String exports, String token, String body) {
        String location = ask(exports, token, body);
        return location.substring(location.lastIndexOf('/') + 1);
    }

    /** The job at {@code location} once it is DONE. */
    public static JsonPath done(String location, String token) {
        return Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollDelay(Duration.ZERO)
                .pollInterval(Duration.ofMillis(50))
                .until(
                        () -> given().auth()
                                .oauth2(token)
                                .get(location)
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath(),
                        job -> job.getString("status").equals("DONE"));
    }

    /** An export asked for and DONE; returns its id. */
    public static String exported(String exports, String token, String body) {
        return done(ask(exports, token, body), token).getString("id");
    }

    /** The records of the DONE export {@code id} at {@code exports}, one per line. */
    public static List<Map<String, Object>> content(String exports, String id, String token) {
        return given().auth()
                .oauth2(token)
                .get(exports + "/" + id + "/content")
                .then()
                .statusCode(200)
                .contentType("application/x-ndjson")
                .extract()
                .asString()
                .lines()
                .map(line -> JsonPath.from(line).<String, Object>getMap(""))
                .toList();
    }

    /** The DONE export {@code id} at {@code exports} as CSV, a file to save: its text. */
    public static String csv(String exports, String id, String token) {
        return given().auth()
                .oauth2(token)
                .accept("text/csv")
                .get(exports + "/" + id + "/content")
                .then()
                .statusCode(200)
                .contentType("text/csv")
                .header("Content-Disposition", org.hamcrest.Matchers.endsWith(id + ".csv\""))
                .extract()
                .asString();
    }

    /** Every event of the changes feed at {@code feed} after {@code cursor}, page after page. */
    public static List<Map<String, Object>> feedAfter(String feed, String cursor, String token) {
        return feedAfter(feed, cursor, token, Map.of());
    }

    /** As {@link #feedAfter(String, String, String)}, with the feed's filters ({@code organizationId}, say). */
    public static List<Map<String, Object>> feedAfter(
            String feed, String cursor, String token, Map<String, ?> filters) {
        List<Map<String, Object>> events = new ArrayList<>();
        String after = cursor;
        for (boolean more = true; more; ) {
            JsonPath page = given().auth()
                    .oauth2(token)
                    .queryParams(filters)
                    .queryParam("after", after)
                    .queryParam("limit", 1000)
                    .get(feed)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            events.addAll(page.getList("items"));
            after = page.getString("next");
            more = page.getBoolean("hasMore");
        }
        return events;
    }
}
