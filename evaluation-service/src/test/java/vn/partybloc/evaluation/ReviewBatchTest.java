package vn.partybloc.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.startsWith;
import static vn.partybloc.evaluation.Api.admin;
import static vn.partybloc.evaluation.Api.level;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.platform.web.ProblemType;
import vn.partybloc.testing.InvalidRequestsOnPurpose;
import vn.partybloc.testing.Tokens;

@QuarkusTest
class ReviewBatchTest {

    @Test
    void aBatchIsAllOrNothingAndListsEveryBadItem() {
        UUID cycle = Api.cycle(2024);
        Feed.Org cell = Feed.child(Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE"), "SUBORDINATE_CELL");
        UUID a = Feed.member(cell.id(), "Nguyễn Văn A");
        UUID b = Feed.member(cell.id(), "Nguyễn Văn B");
        UUID c = Feed.member(cell.id(), "Nguyễn Văn C");
        List<String> items = List.of(
                Api.item("MEMBER", a, level("GOOD"), "2024-12-20"),
                Api.item("MEMBER", UUID.randomUUID(), level("GOOD"), "2024-12-20"),
                Api.item("MEMBER", b, level("EXCELLENT"), "2024-12-20"),
                Api.item("MEMBER", c, "\"score\":80", "2024-12-20"),
                Api.item("MEMBER", a, level("COMPLETE"), "2024-12-20"));
        Api.batch(admin(), cycle, items)
                .statusCode(422)
                .contentType("application/problem+json")
                .body("rule", equalTo("REV-BATCH"))
                .body("errors.field", contains("items[1]", "items[3]", "items[4]"))
                .body(
                        "errors.type",
                        everyItem(equalTo(ProblemType.DOMAIN_RULE.uri().toString())))
                .body("errors.rule", contains("REV-SUBJECT", "REV-SCORE", "REV-ONE-PER-CYCLE"))
                .body("errors[0].message", startsWith("REV-SUBJECT: "));
        given().auth()
                .oauth2(admin())
                .queryParam("organizationId", cell.id().toString())
                .get("/api/v1/reviews")
                .then()
                .body("total", equalTo(0));

        Api.batch(
                        admin(),
                        cycle,
                        List.of(items.get(0), items.get(2), Api.item("MEMBER", c, level("NOT_COMPLETE"), "2024-12-20")))
                .statusCode(201)
                .body("recorded", equalTo(3));
        given().auth()
                .oauth2(admin())
                .queryParam("organizationId", cell.id().toString())
                .queryParam("subjectId", b.toString())
                .get("/api/v1/reviews")
                .then()
                .body("items[0].status", equalTo("DECIDED"))
                .body("items[0].level", equalTo("EXCELLENT"))
                .body("items[0].decisionNumber", equalTo("45-QĐ/ĐUK"));
        Api.batch(admin(), cycle, List.of(items.get(0)))
                .statusCode(422)
                .body("errors[0].rule", equalTo("REV-ONE-PER-CYCLE"))
                .body("errors[0].message", endsWith("re-rate it instead"));
        UUID reviewOfB = UUID.fromString(given().auth()
                .oauth2(admin())
                .queryParam("subjectId", b.toString())
                .get("/api/v1/reviews")
                .then()
                .extract()
                .path("items[0].id"));
        ReviewFlowTest.assertEvents(reviewOfB, List.of("ReviewDecided"));
    }

    @Test
    void aBatchOfAThousandRatingsIsRecordedInOneRequest() {
        UUID cycle = Api.cycle(2024);
        Feed.Org cell = Feed.child(Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE"), "SUBORDINATE_CELL");
        List<UUID> members = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            members.add(Feed.memberWithoutWaiting(cell.id(), "Đảng viên " + i));
        }
        Feed.awaitRows("members", members);
        List<String> items = members.stream()
                .map(m -> Api.item("MEMBER", m, level("GOOD"), "2024-12-20"))
                .toList();
        long started = System.nanoTime();
        Api.batch(admin(), cycle, items).statusCode(201).body("recorded", equalTo(1000));
        System.out.printf("batch of 1000 decided ratings: %d ms%n", (System.nanoTime() - started) / 1_000_000);
        given().auth()
                .oauth2(admin())
                .queryParam("organizationId", cell.id().toString())
                .queryParam("year", 2024)
                .get("/api/v1/reviews/attainment")
                .then()
                .statusCode(200)
                .body("subjects.find { it.subjectKind == 'MEMBER' }.byLevel.GOOD", equalTo(1000));
    }

    @Test
    @InvalidRequestsOnPurpose // an empty batch, which the document does not allow, must be answered 400
    void onlyAdminsAndOrganizersRecordBatchesAndASecretaryNeverForTheirOwnUnit() {
        UUID cycle = Api.cycle(2024);
        Feed.Org cell = Feed.child(Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE"), "SUBORDINATE_CELL");
        UUID member = Feed.member(cell.id(), "Trịnh Văn Khoa");
        List<String> items = List.of(Api.item("MEMBER", member, level("GOOD"), "2024-12-20"));
        for (String role : List.of("inspector", "viewer", "integration")) {
            Api.batch(Tokens.as(role), cycle, items).statusCode(403);
        }
        Api.batch(Tokens.secretaryOf(cell.id()), cycle, items).statusCode(403);
        Api.batch(admin(), cycle, List.of()).statusCode(400);
        Api.batch(Tokens.as("organizer"), cycle, items).statusCode(201);
    }

    @Test
    void aRetriedBatchWithTheSameIdempotencyKeyIsRecordedOnce() {
        UUID cycle = Api.cycle(2024);
        Feed.Org cell = Feed.child(Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE"), "SUBORDINATE_CELL");
        UUID member = Feed.member(cell.id(), "Lý Thị Mai");
        String body = "{\"cycleId\":\"" + cycle + "\",\"items\":["
                + Api.item("MEMBER", member, level("GOOD"), "2024-12-20") + "]}";
        String key = UUID.randomUUID().toString();
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/reviews/batch")
                .then()
                .statusCode(201)
                .body("recorded", equalTo(1));
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/v1/reviews/batch")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .body("recorded", equalTo(1));
        given().auth()
                .oauth2(admin())
                .queryParam("subjectId", member.toString())
                .get("/api/v1/reviews")
                .then()
                .body("total", equalTo(1));
    }
}
