package vn.partybloc.training;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.partybloc.training.Feed.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.ExportClient;
import vn.partybloc.testing.Tokens;

/** Issue 19: the members' training records, exported as one snapshot with the training feed's cursor. */
@QuarkusTest
class TrainingRecordExportTest {

    private static final String EXPORTS = "/api/v1/training-records/exports";

    /**
     * An export of a subtree holds a record per member whose cell is in it, by member id, each as its GET shows it
     * (courses, obligations, contests), and no other subtree's member; a completion recorded after it is in the feed
     * after its cursor.
     */
    @Test
    void anExportHoldsEachMembersRecordAndTheFeedAfterItsCursorTheRest() {
        Feed.Org grassroots = Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE");
        Feed.Org cell = Feed.child(grassroots, "SUBORDINATE_CELL");
        UUID trained = Feed.member("Ngô Văn Học", cell.id());
        UUID untrained = Feed.member("Ngô Thị Chưa Học", cell.id());
        UUID elsewhere = Feed.member(
                "Ngô Văn Nơi Khác",
                Feed.child(Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE"), "SUBORDINATE_CELL")
                        .id());
        Feed.Position seat = Feed.position(trained, cell.id(), "CELL_COMMITTEE", "SECRETARY", "2024-01-02");
        Feed.started(seat, true);
        ObligationTest.awaitObligation(seat.positionId(), "OPEN");
        UUID finished = Courses.running("PARTY_WORK", "2022-05-09", "2022-05-13", List.of(trained, elsewhere));
        Courses.complete(admin(), finished, List.of(trained, elsewhere), "EXCELLENT", "2022-05-13")
                .then()
                .statusCode(200);
        UUID running = Courses.running("PROPAGANDA", "2022-06-06", "2022-06-10", List.of(trained));
        String integration = Tokens.as("integration");

        JsonPath done = ExportClient.done(
                ExportClient.ask(EXPORTS, integration, "{\"organizationId\":\"" + grassroots.id() + "\"}"),
                integration);
        List<Map<String, Object>> lines = ExportClient.content(EXPORTS, done.getString("id"), integration);
        assertEquals(
                Set.of(trained, untrained).stream().map(UUID::toString).sorted().toList(),
                lines.stream().map(line -> (String) line.get("memberId")).toList(),
                "by member id, none from another subtree");
        for (Map<String, Object> line : lines) {
            assertEquals(
                    given().auth()
                            .oauth2(integration)
                            .get("/api/v1/training-records/" + line.get("memberId"))
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath()
                            .getMap(""),
                    line,
                    "a line is the record as its GET shows it");
        }
        Map<String, Object> record = lines.stream()
                .filter(line -> trained.toString().equals(line.get("memberId")))
                .findFirst()
                .orElseThrow();
        assertEquals(2, ((List<?>) record.get("courses")).size());
        assertEquals(1, ((List<?>) record.get("obligations")).size());

        Courses.complete(admin(), running, List.of(trained), "GOOD", "2022-06-10")
                .then()
                .statusCode(200);
        Set<String> completedAfter =
                ExportClient.feedAfter("/api/v1/changes/training", done.getString("cursor"), integration).stream()
                        .filter(event -> "EnrollmentCompleted".equals(event.get("type")))
                        .map(event -> (String) ((Map<?, ?>) event.get("data")).get("courseId"))
                        .collect(Collectors.toSet());
        assertTrue(completedAfter.contains(running.toString()), "the feed after the cursor completes the course");
        assertFalse(completedAfter.contains(finished.toString()), "and not the one the export holds completed");
    }

    /** A secretary exports their own subtree's records; one above it is a 404. */
    @Test
    void aSecretaryExportsOnlyTheirOwnSubtree() {
        Feed.Org grassroots = Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE");
        UUID member = Feed.member(
                "Ngô Thị Chi Bộ", Feed.child(grassroots, "SUBORDINATE_CELL").id());
        String secretary = Tokens.secretaryOf(grassroots.id());

        String job = ExportClient.exported(EXPORTS, secretary, "{}");
        assertEquals(
                List.of(member.toString()),
                ExportClient.content(EXPORTS, job, secretary).stream()
                        .map(line -> line.get("memberId"))
                        .toList());
        ExportClient.askForSubtree(EXPORTS, secretary, Feed.bloc().id()).statusCode(404);
    }
}
