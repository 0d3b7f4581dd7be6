package vn.partybloc.platform.web;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.endsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.platform.testapp.Notes;
import vn.partybloc.testing.PostgresResource;

/** While the database is down a service answers 503 problems it can retry, and it recovers by itself. */
@QuarkusTest
class DatabaseOutageTest {

    @Test
    void whileTheDatabaseIsDownReadsAndWritesAre503ProblemsAndTheServiceRecoversByItself() {
        UUID note = Notes.write(Notes.uniqueTitle("Written before the outage"));
        PostgresResource.stopServer();
        try {
            given().auth()
                    .oauth2(Notes.admin())
                    .get("/test/notes/" + note)
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("type", endsWith("/unavailable"));
            given().auth()
                    .oauth2(Notes.admin())
                    .contentType("application/json")
                    .body(Notes.body(Notes.uniqueTitle("Written during the outage")))
                    .post("/test/notes")
                    .then()
                    .statusCode(503)
                    .contentType("application/problem+json");
        } finally {
            PostgresResource.startServer();
        }
        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(500))
                .until(() -> given().auth()
                                .oauth2(Notes.admin())
                                .get("/test/notes/" + note)
                                .statusCode()
                        == 200);
        Notes.write(Notes.uniqueTitle("Written after the outage"));
    }
}
