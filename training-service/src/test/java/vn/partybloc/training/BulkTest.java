package vn.partybloc.training;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static vn.partybloc.training.Feed.admin;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

/** What the demo-data loader does per course: hundreds of members enrolled and completed in one request each. */
@QuarkusTest
class BulkTest {

    private static final Logger LOG = Logger.getLogger(BulkTest.class);
    private static final int PEOPLE = 600;

    @Test
    void aWholeClassIsEnrolledAndCompletedInOneRequestEachAndCountsInTheReport() throws Exception {
        Feed.Org committee = Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE");
        Feed.Org cell = Feed.child(committee, "SUBORDINATE_CELL");
        List<UUID> members = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            UUID id = UUID.randomUUID();
            Feed.send(
                    Feed.MEMBERS,
                    "MemberAdmitted",
                    id,
                    Feed.memberData("MemberAdmitted", id, "Đảng viên " + i, cell.id(), "FULL", "ACTIVE", 0));
            members.add(id);
        }
        Feed.awaitRow(
                "select cast(count(*) as text) from members where organization_id = ?",
                cell.id(),
                Integer.toString(PEOPLE));
        UUID course = Courses.schedule("PARTY_WORK", "2022-05-09", "2022-05-13", PEOPLE);

        long start = System.nanoTime();
        Courses.enrolSubtree(admin(), course, committee.id())
                .then()
                .statusCode(200)
                .body("enrolled", equalTo(PEOPLE));
        long enrolled = System.nanoTime();
        Courses.status(admin(), course, "RUNNING").then().statusCode(200);
        long running = System.nanoTime();
        Courses.complete(admin(), course, members, "PASSED", null)
                .then()
                .statusCode(200)
                .body("completed", equalTo(PEOPLE));
        long completed = System.nanoTime();
        LOG.infof(
                "bulk: %d enrolled in %d ms, %d completed in %d ms",
                PEOPLE, (enrolled - start) / 1_000_000, PEOPLE, (completed - running) / 1_000_000);

        given().auth()
                .oauth2(admin())
                .queryParam("organizationId", committee.id().toString())
                .get("/api/v1/courses/report")
                .then()
                .body("topics.find { it.topic == 'PARTY_WORK' }.attendees", equalTo(PEOPLE))
                .body("totals.courses", equalTo(1));
    }
}
