package vn.partybloc.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.partybloc.evaluation.Api.admin;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.Tokens;

/** What the organization department adopts and sets, read back as a client reads it: optional fields as null. */
@QuarkusTest
class RuleSetTest {

    @Test
    void aRuleSetAdoptedWithoutANoteReadsBackWithNoteNull() {
        String code = "HD-" + UUID.randomUUID().toString().substring(0, 8);
        String location = Api.post(admin(), "/api/v1/rule-sets", """
                        {"code":"%s","documents":"Hướng dẫn đánh giá","effectiveFrom":"2031-01-01","usesScore":false}""".formatted(code))
                .statusCode(201)
                .body("code", equalTo(code))
                .body("note", nullValue())
                .extract()
                .header("Location");
        given().auth().oauth2(admin()).get(location).then().statusCode(200).body("note", nullValue());
    }

    /** RS-BANDS: a score's bands fall strictly, the lowest above zero; a rule set without a score has no bands. */
    @Test
    void aRuleSetsBandsFallStrictlyAboveZeroAndOnlyARuleSetWithAScoreHasThem() {
        String code = "QD-" + UUID.randomUUID().toString().substring(0, 8);
        for (String refused : List.of(
                bands(code, true, "90", "90", "50"),
                bands(code, true, "90", "70", "70"),
                bands(code, true, "90", "70", "0"),
                bands(code, true, "90", "70", null),
                bands(code, false, "90", "70", "50"),
                bands(code, false, null, null, "50"))) {
            Api.post(admin(), "/api/v1/rule-sets", refused).statusCode(422).body("rule", equalTo("RS-BANDS"));
        }
        given().auth()
                .oauth2(admin())
                .queryParam("size", 500)
                .get("/api/v1/rule-sets")
                .then()
                .statusCode(200)
                .body("items.code", not(hasItem(code)));

        // Just inside the rule: bands a hundredth apart, the lowest a hundredth above zero.
        Api.post(admin(), "/api/v1/rule-sets", bands(code, true, "90", "89.99", "0.01"))
                .statusCode(201)
                .body("goodMinScore", equalTo(89.99f))
                .body("completeMinScore", equalTo(0.01f));
    }

    /** A rule set body; a band given as null is left out, as a client leaves it out. */
    private static String bands(String code, boolean usesScore, String excellent, String good, String complete) {
        String body = """
                {"code":"%s","documents":"Hướng dẫn thử thang điểm","effectiveFrom":"%s","usesScore":%s""".formatted(code, LocalDate.of(2080, 1, 1).plusDays(BAND_DAYS.getAndIncrement()), usesScore);
        Map<String, String> given = new LinkedHashMap<>();
        given.put("excellentMinScore", excellent);
        given.put("goodMinScore", good);
        given.put("completeMinScore", complete);
        for (Map.Entry<String, String> band : given.entrySet()) {
            if (band.getValue() != null) {
                body += ",\"" + band.getKey() + "\":" + band.getValue();
            }
        }
        return body + "}";
    }

    private static final AtomicInteger BAND_DAYS = new AtomicInteger();

    /**
     * REV-RULE-SET: a cycle needs a rule set in force on its first day. The earliest seeded set (HD 21, V3) takes
     * effect on 1 January 2019, so 2018 has none and 2019 has one from its first day. No other test opens either year.
     */
    @Test
    void aCycleOpensOnlyWithARuleSetInForceOnItsFirstDay() {
        Api.post(admin(), "/api/v1/review-cycles", "{\"year\":2018}")
                .statusCode(422)
                .body("rule", equalTo("REV-RULE-SET"));
        given().auth()
                .oauth2(admin())
                .queryParam("size", 500)
                .get("/api/v1/review-cycles")
                .then()
                .statusCode(200)
                .body("items.year", not(hasItem(2018)));

        Api.post(admin(), "/api/v1/review-cycles", "{\"year\":2019}")
                .statusCode(201)
                .body("startsOn", equalTo("2019-01-01"))
                .body("ruleSetCode", equalTo("HD21-2019"));
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
