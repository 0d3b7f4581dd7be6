package vn.partybloc.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static vn.partybloc.evaluation.Api.admin;

import io.quarkus.test.junit.QuarkusTest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.Tokens;

/** What the organization department adopts and sets, read back as a client reads it: optional fields as null. */
@QuarkusTest
class RuleSetTest {

    @Test
    void aRuleSetAdoptedWithoutANoteReadsBackWithNoteNull() {
        String code = "HD-" + UUID.randomUUID().toString().substring(0, 8);
        String location = Api.post(admin(), "/api/v1/rule-sets", """
                        {"code":"%s","documents":"Hướng dẫn đánh giá","effectiveFrom":"2030-01-01","usesScore":false}""".formatted(code))
                .statusCode(201)
                .body("code", equalTo(code))
                .body("note", nullValue())
                .extract()
                .header("Location");
        given().auth().oauth2(admin()).get(location).then().statusCode(200).body("note", nullValue());
    }

    @Test
    void theBlocWideTargetsACycleStartsWithReadBackWithOrganizationIdNull() {
        UUID cycle = Api.cycle(2032);
        String target = given().auth()
                .oauth2(admin())
                .queryParam("cycleId", cycle.toString())
                .get("/api/v1/targets")
                .then()
                .statusCode(200)
                .body("items.organizationId", hasItem(nullValue()))
                .extract()
                .path("items.find { it.organizationId == null }.id");
        given().auth()
                .oauth2(admin())
                .get("/api/v1/targets/" + target)
                .then()
                .statusCode(200)
                .body("organizationId", nullValue());
    }

    /** A target set for a subtree is read by id only where the list would show it (it was readable by any secretary). */
    @Test
    void aSecretaryReadsTheBlocsTargetsAndThoseOfTheirOwnSubtreeOnly() {
        UUID cycle = Api.cycle(2024);
        Feed.Org mine = Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE");
        Feed.Org other = Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE");
        String target = Api.post(admin(), "/api/v1/targets", """
                        {"cycleId":"%s","organizationId":"%s","subjectKind":"MEMBER","metric":"EXCELLENT","comparison":"AT_MOST","percent":20}""".formatted(cycle, other.id()))
                .statusCode(201)
                .extract()
                .path("id");
        String blocWide = given().auth()
                .oauth2(admin())
                .queryParam("cycleId", cycle.toString())
                .get("/api/v1/targets")
                .then()
                .extract()
                .path("items[0].id");
        String secretary = Tokens.secretaryOf(mine.id());

        given().auth().oauth2(secretary).get("/api/v1/targets/" + target).then().statusCode(404);
        given().auth()
                .oauth2(Tokens.secretaryOf(other.id()))
                .get("/api/v1/targets/" + target)
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(secretary)
                .get("/api/v1/targets/" + blocWide)
                .then()
                .statusCode(200);
    }
}
