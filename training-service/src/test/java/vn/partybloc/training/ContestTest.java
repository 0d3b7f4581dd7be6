package vn.partybloc.training;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.partybloc.training.Feed.admin;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.Tokens;

@QuarkusTest
class ContestTest {

    @Test
    void aContestHasRoundsParticipantsScoresAndAwardsThatShowInTheMembersRecord() {
        Feed.Org cell = Feed.child(Feed.bloc(), "GRASSROOTS_CELL");
        UUID winner = Feed.member("Đinh Thị Giỏi", cell.id());
        UUID runnerUp = Feed.member("Cao Văn Khá", cell.id());
        UUID stranger = Feed.member("Tạ Văn Lạ", cell.id());
        String contest = given().auth()
                .oauth2(Tokens.as("organizer"))
                .contentType("application/json")
                .body(
                        "{\"title\":\"Hội thi Bí thư chi bộ giỏi năm 2022\",\"kind\":\"GOOD_CELL_SECRETARY\",\"organizationId\":\""
                                + Feed.bloc().id() + "\",\"year\":2022}")
                .post("/api/v1/contests")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String round = given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"sequence\":1,\"name\":\"Vòng chung khảo\",\"heldOn\":\"2022-10-15\"}")
                .post("/api/v1/contests/" + contest + "/rounds")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"sequence\":1,\"name\":\"Lại\",\"heldOn\":\"2022-10-16\"}")
                .post("/api/v1/contests/" + contest + "/rounds")
                .then()
                .statusCode(409);
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"memberIds\":[\"" + winner + "\",\"" + runnerUp + "\",\"" + winner + "\"]}")
                .post("/api/v1/contests/" + contest + "/participants")
                .then()
                .statusCode(200)
                .body("registered", equalTo(2));
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"memberIds\":[\"" + UUID.randomUUID() + "\"]}")
                .post("/api/v1/contests/" + contest + "/participants")
                .then()
                .statusCode(422)
                .body("rule", equalTo("TRN-MEMBER"));

        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"roundId\":\"" + round + "\",\"scores\":[{\"memberId\":\"" + stranger + "\",\"score\":70}]}")
                .post("/api/v1/contests/" + contest + "/scores")
                .then()
                .statusCode(422)
                .body("rule", equalTo("CON-PARTICIPANT"));
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"roundId\":\"" + UUID.randomUUID() + "\",\"scores\":[{\"memberId\":\"" + winner
                        + "\",\"score\":70}]}")
                .post("/api/v1/contests/" + contest + "/scores")
                .then()
                .statusCode(422)
                .body("rule", equalTo("CON-PARTICIPANT"));
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"roundId\":\"" + round + "\",\"scores\":[{\"memberId\":\"" + winner + "\",\"score\":95.5},"
                        + "{\"memberId\":\"" + runnerUp + "\",\"score\":88}]}")
                .post("/api/v1/contests/" + contest + "/scores")
                .then()
                .statusCode(200)
                .body("participants.find { it.memberId == '" + winner + "' }.scores." + round, equalTo(95.5f));
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"awards\":[{\"memberId\":\"" + winner + "\",\"award\":\"FIRST\"}]}")
                .post("/api/v1/contests/" + contest + "/awards")
                .then()
                .statusCode(200)
                .body("participants.find { it.memberId == '" + winner + "' }.award", equalTo("FIRST"))
                .body("rounds", hasSize(1));
        assertEquals("ContestAnnounced,ContestAwardsRecorded", Outbox.types(contest));

        UUID course = Courses.running("PARTY_WORK", "2022-05-09", "2022-05-13", List.of(winner));
        Courses.complete(admin(), course, List.of(winner), "GOOD", null).then().statusCode(200);
        given().auth()
                .oauth2(Tokens.as("viewer"))
                .get("/api/v1/training-records/" + winner)
                .then()
                .statusCode(200)
                .body("fullName", equalTo("Đinh Thị Giỏi"))
                .body("courses[0].topic", equalTo("PARTY_WORK"))
                .body("courses[0].status", equalTo("COMPLETED"))
                .body("contests[0].award", equalTo("FIRST"));
        given().auth()
                .oauth2(Tokens.secretaryOf(
                        Feed.child(Feed.bloc(), "GRASSROOTS_CELL").id()))
                .get("/api/v1/training-records/" + winner)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(admin())
                .get("/api/v1/training-records/" + UUID.randomUUID())
                .then()
                .statusCode(404);
    }

    /** TRN-ORGANIZER: an organization that has been dissolved announces no contest; an active one does. */
    @Test
    void aContestIsAnnouncedByAnActiveOrganizationNotADissolvedOne() {
        Feed.Org active = Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE");
        Feed.Org dissolved = Feed.dissolvedChild(Feed.bloc(), "GRASSROOTS_COMMITTEE");
        String title =
                "Hội thi của tổ chức giải thể " + UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"title\":\"" + title
                + "\",\"kind\":\"GOOD_CELL_SECRETARY\",\"organizationId\":\"%s\",\"year\":2019}";
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body(body.formatted(dissolved.id()))
                .post("/api/v1/contests")
                .then()
                .statusCode(422)
                .body("rule", equalTo("TRN-ORGANIZER"));
        var of2019 = given().auth()
                .oauth2(admin())
                .queryParam("year", 2019)
                .queryParam("size", 500)
                .get("/api/v1/contests")
                .then()
                .statusCode(200)
                .body("items.title", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(title)))
                .extract()
                .jsonPath();
        assertEquals(of2019.getList("items").size(), of2019.getInt("total"));

        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body(body.formatted(active.id()))
                .post("/api/v1/contests")
                .then()
                .statusCode(201)
                .body("organizationId", equalTo(active.id().toString()));
    }

    @Test
    void anAddedRoundIsReadWhereItsLocationPoints() {
        String contest = given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body(
                        "{\"title\":\"Hội thi Báo cáo viên giỏi năm 2023\",\"kind\":\"GOOD_REPORTER\",\"organizationId\":\""
                                + Feed.bloc().id() + "\",\"year\":2023}")
                .post("/api/v1/contests")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        var added = given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"sequence\":1,\"name\":\"Vòng sơ khảo\",\"heldOn\":\"2023-09-20\"}")
                .post("/api/v1/contests/" + contest + "/rounds")
                .then()
                .statusCode(201)
                .extract();
        String round = added.path("id");

        given().auth()
                .oauth2(Tokens.as("viewer"))
                .get(added.header("Location"))
                .then()
                .statusCode(200)
                .body("id", equalTo(round))
                .body("sequence", equalTo(1))
                .body("name", equalTo("Vòng sơ khảo"))
                .body("heldOn", equalTo("2023-09-20"));
        given().auth()
                .oauth2(admin())
                .get("/api/v1/contests/" + contest + "/rounds/" + UUID.randomUUID())
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(admin())
                .get("/api/v1/contests/" + UUID.randomUUID() + "/rounds/" + round)
                .then()
                .statusCode(404);
    }

    /** A participant not (yet) awarded has the contest in the record with {@code award: null}, as documented. */
    @Test
    void aParticipantWithoutAnAwardHasTheContestInTheRecordWithAwardNull() {
        UUID member = Feed.member(
                "Phan Thị Dự Thi", Feed.child(Feed.bloc(), "GRASSROOTS_CELL").id());
        String contest = given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"title\":\"Hội thi chưa trao giải\",\"kind\":\"GOOD_CELL_SECRETARY\",\"organizationId\":\""
                        + Feed.bloc().id() + "\",\"year\":2023}")
                .post("/api/v1/contests")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"memberIds\":[\"" + member + "\"]}")
                .post("/api/v1/contests/" + contest + "/participants")
                .then()
                .statusCode(200);
        // The OpenAPI validation filter fails this call if the document does not allow the null it answers.
        given().auth()
                .oauth2(admin())
                .get("/api/v1/training-records/" + member)
                .then()
                .statusCode(200)
                .body("contests[0].contestId", equalTo(contest))
                .body("contests[0].award", org.hamcrest.Matchers.nullValue());
    }
}
