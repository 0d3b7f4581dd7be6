package vn.partybloc.training;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.partybloc.training.Feed.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.kernel.BlocZone;
import vn.partybloc.testing.Tokens;

@QuarkusTest
class ReportTest {

    private static ValidatableResponse topics(String token, UUID org, String from, String to, String asOf) {
        var request = given().auth().oauth2(token).queryParam("organizationId", org.toString());
        if (from != null) {
            request.queryParam("from", from).queryParam("to", to);
        }
        if (asOf != null) {
            request.queryParam("asOf", asOf);
        }
        return request.get("/api/v1/courses/report").then();
    }

    private static String topic(String name, String field) {
        return "topics.find { it.topic == '" + name + "' }." + field;
    }

    @Test
    void withoutAnOrganizationReportsCoverTheCallersScopeRoot() {
        Feed.Org mine = Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE");

        for (String path : List.of("/api/v1/courses/report", "/api/v1/obligations/report")) {
            given().auth()
                    .oauth2(Tokens.as("viewer"))
                    .get(path)
                    .then()
                    .statusCode(200)
                    .body("organizationId", equalTo(Feed.bloc().id().toString()));
            given().auth()
                    .oauth2(Tokens.secretaryOf(mine.id()))
                    .get(path)
                    .then()
                    .statusCode(200)
                    .body("organizationId", equalTo(mine.id().toString()));
            given().auth()
                    .oauth2(Tokens.secretaryOf(mine.id()))
                    .queryParam("organizationId", Feed.bloc().id().toString())
                    .get(path)
                    .then()
                    .statusCode(404);
        }
    }

    @Test
    void topicsCountCoursesAndDistinctPeopleTrainedInTheSubtreeAndPeriod() {
        Feed.Org mine = Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE");
        Feed.Org cell = Feed.child(mine, "SUBORDINATE_CELL");
        Feed.Org other = Feed.child(Feed.bloc(), "GRASSROOTS_CELL");
        UUID a = Feed.member("Nguyễn Thị An", cell.id());
        UUID b = Feed.member("Trần Văn Bảo", cell.id());
        UUID failed = Feed.member("Lê Văn Chưa", cell.id());
        UUID outsider = Feed.member("Phạm Thị Ngoài", other.id());

        UUID first = Courses.running("PARTY_WORK", "2021-05-10", "2021-05-14", List.of(a, b, outsider));
        Courses.complete(admin(), first, List.of(a, b, outsider), "GOOD", null)
                .then()
                .statusCode(200);
        UUID second = Courses.running("PARTY_WORK", "2022-05-09", "2022-05-13", List.of(a, failed));
        Courses.complete(admin(), second, List.of(a), "EXCELLENT", null).then().statusCode(200);
        Courses.complete(admin(), second, List.of(failed), "FAILED", null)
                .then()
                .statusCode(200);
        UUID inspection = Courses.running("INSPECTION_SUPERVISION", "2022-09-05", "2022-09-07", List.of(b));
        Courses.complete(admin(), inspection, List.of(b), "PASSED", null).then().statusCode(200);
        UUID later = Courses.running("PROPAGANDA", "2024-03-04", "2024-03-06", List.of(a));
        Courses.complete(admin(), later, List.of(a), "PASSED", null).then().statusCode(200);
        UUID cancelled = Courses.running("PROPAGANDA", "2022-03-04", "2022-03-06", List.of(a));
        Courses.complete(admin(), cancelled, List.of(a), "PASSED", null).then().statusCode(200);
        Courses.status(admin(), cancelled, "CANCELLED").then().statusCode(200);

        topics(Tokens.as("viewer"), mine.id(), "2021-01-01", "2023-06-30", null)
                .statusCode(200)
                .body(topic("PARTY_WORK", "courses"), equalTo(2))
                .body(topic("PARTY_WORK", "attendees"), equalTo(2))
                .body(topic("PARTY_WORK", "completions"), equalTo(3))
                .body(topic("INSPECTION_SUPERVISION", "courses"), equalTo(1))
                .body(topic("INSPECTION_SUPERVISION", "attendees"), equalTo(1))
                .body(topic("PROPAGANDA", "courses"), equalTo(0))
                .body(topic("POLITICAL_THEORY", "attendees"), equalTo(0))
                .body("totals.courses", equalTo(3))
                .body("totals.attendees", equalTo(2))
                .body("totals.completions", equalTo(4));
        // As the figures stood at the end of 2021, and over all time.
        topics(admin(), mine.id(), "2021-01-01", "2023-06-30", "2021-12-31")
                .body(topic("PARTY_WORK", "courses"), equalTo(1))
                .body(topic("PARTY_WORK", "attendees"), equalTo(2))
                .body("totals.courses", equalTo(1));
        topics(admin(), mine.id(), null, null, null)
                .body(topic("PROPAGANDA", "courses"), equalTo(1))
                .body("totals.courses", equalTo(4));
        // The other organization's member took the first course only.
        topics(admin(), other.id(), null, null, null)
                .body(topic("PARTY_WORK", "courses"), equalTo(1))
                .body(topic("PARTY_WORK", "attendees"), equalTo(1))
                .body("totals.courses", equalTo(1));

        topics(Tokens.secretaryOf(other.id()), mine.id(), null, null, null).statusCode(404);
        topics(Tokens.secretaryOf(mine.id()), mine.id(), null, null, null)
                .statusCode(200)
                .body("totals.attendees", equalTo(2));
        topics(admin(), mine.id(), "2023-01-01", "2022-01-01", null).statusCode(400);
    }

    @Test
    void obligationCoverageAsItStoodOnAnyDayAgainstTheHundredPercentTarget() {
        Feed.Org mine = Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE");
        Feed.Org cell = Feed.child(mine, "SUBORDINATE_CELL");
        UUID trained = Feed.member("Đỗ Văn Học", cell.id());
        UUID untrained = Feed.member("Mai Thị Chậm", cell.id());
        UUID recent = Feed.member("Vũ Văn Mới", cell.id());
        UUID left = Feed.member("Hồ Thị Rời", cell.id());
        Feed.Position fulfilled = Feed.position(trained, cell.id(), "CELL_COMMITTEE", "SECRETARY", "2021-03-01");
        Feed.Position overdue = Feed.position(untrained, mine.id(), "EXECUTIVE_COMMITTEE", "MEMBER", "2020-01-01");
        Feed.Position open = Feed.position(
                recent,
                cell.id(),
                "CELL_COMMITTEE",
                "MEMBER",
                BlocZone.today().minusMonths(1).toString());
        Feed.Position closed = Feed.position(left, cell.id(), "CELL_COMMITTEE", "DEPUTY_SECRETARY", "2021-01-01");
        for (Feed.Position p : List.of(fulfilled, overdue, open, closed)) {
            Feed.started(p, true);
        }
        Feed.ended(closed, "2021-06-01", "ROTATION");
        ObligationTest.awaitObligation(closed.positionId(), "CLOSED");
        ObligationTest.awaitObligation(open.positionId(), "OPEN");
        ObligationTest.awaitObligation(overdue.positionId(), "OPEN");
        UUID course = Courses.running("PARTY_WORK", "2021-05-10", "2021-05-14", List.of(trained));
        Courses.complete(admin(), course, List.of(trained), "GOOD", null)
                .then()
                .body("obligationsFulfilled", equalTo(1));

        given().auth()
                .oauth2(Tokens.as("inspector"))
                .queryParam("organizationId", mine.id().toString())
                .get("/api/v1/obligations/report")
                .then()
                .statusCode(200)
                .body("total", equalTo(4))
                .body("closed", equalTo(1))
                .body("fulfilled", equalTo(1))
                .body("fulfilledOnTime", equalTo(1))
                .body("overdue", equalTo(1))
                .body("open", equalTo(1))
                .body("due", equalTo(2))
                .body("shareTrained", equalTo(33.3f))
                .body("targetShare", equalTo(100))
                .body("targetMet", equalTo(false));
        given().auth()
                .oauth2(admin())
                .queryParam("organizationId", mine.id().toString())
                .queryParam("asOf", "2021-04-01")
                .get("/api/v1/obligations/report")
                .then()
                .statusCode(200)
                .body("total", equalTo(3))
                .body("closed", equalTo(0))
                .body("fulfilled", equalTo(0))
                .body("overdue", equalTo(1))
                .body("open", equalTo(2))
                .body("shareTrained", equalTo(0.0f));
        given().auth()
                .oauth2(admin())
                .queryParam("organizationId", cell.id().toString())
                .queryParam("asOf", "2019-12-31")
                .get("/api/v1/obligations/report")
                .then()
                .statusCode(200)
                .body("total", equalTo(0))
                .body("shareTrained", nullValue())
                .body("targetMet", equalTo(true));
    }
}
