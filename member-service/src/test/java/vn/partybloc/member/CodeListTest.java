package vn.partybloc.member;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import vn.partybloc.member.domain.CommitteeKind;
import vn.partybloc.member.domain.Degree;
import vn.partybloc.member.domain.PoliticalTheory;
import vn.partybloc.member.domain.PositionKind;
import vn.partybloc.testing.CodeListChecks;
import vn.partybloc.testing.InvalidRequestsOnPurpose;
import vn.partybloc.testing.Tokens;

/**
 * The code lists an integrator maps its own codes with: every code the API sends in a member's or a seat's field has
 * both labels, and the state's lists keep the codes their source gives.
 */
@QuarkusTest
class CodeListTest {

    private static JsonPath lists(String token) {
        return given().auth()
                .oauth2(token)
                .get("/api/v1/code-lists/members")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    @Test
    void everyCodeOfTheVocabularyIsListedWithBothLabels() {
        JsonPath lists = CodeListChecks.assertEveryCodeIsListedWithBothLabels(
                "/api/v1/code-lists/members",
                Map.of(
                        "positions", PositionKind.class,
                        "committee-kinds", CommitteeKind.class,
                        "political-theory-levels", PoliticalTheory.class,
                        "degrees", Degree.class));
        assertEquals(
                "Bí thư",
                lists.getString("lists.find { it.name == 'positions' }.codes.find { it.code == 'SECRETARY' }.vi"));
    }

    /** The General Statistics Office's 54 ethnic groups, numbered 01 to 54, Kinh 01; and its 14 religions. */
    @Test
    void theEthnicGroupsAndReligionsKeepTheStatisticsOfficesCodes() {
        JsonPath ethnicities = given().auth()
                .oauth2(Tokens.as("viewer"))
                .get("/api/v1/code-lists/members/ethnicities")
                .then()
                .statusCode(200)
                .body("source", equalTo("Quyết định 121-TCTK/PPCĐ ngày 02/3/1979 của Tổng cục Thống kê"))
                .body("usedBy", hasItem("Member.ethnicity"))
                .extract()
                .jsonPath();
        assertEquals(
                IntStream.rangeClosed(1, 54).mapToObj(n -> "%02d".formatted(n)).toList(),
                ethnicities.getList("codes.code"));
        assertEquals("Kinh (Việt)", ethnicities.getString("codes[0].vi"));
        assertEquals("Khơ-me", ethnicities.getString("codes.find { it.code == '05' }.vi"));
        assertEquals("Rơ-măm", ethnicities.getString("codes.find { it.code == '54' }.vi"));
        assertEquals(54, ethnicities.getList("codes.vi").stream().distinct().count());

        JsonPath religions = given().auth()
                .oauth2(Tokens.as("viewer"))
                .get("/api/v1/code-lists/members/religions")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(
                IntStream.rangeClosed(1, 14).mapToObj(n -> "%02d".formatted(n)).toList(),
                religions.getList("codes.code"));
        assertEquals("Phật giáo", religions.getString("codes[0].vi"));
        assertEquals("Catholicism", religions.getString("codes.find { it.code == '02' }.en"));
    }

    /** The levels admins keep are listed as they stand, so a level added today is in today's list. */
    @Test
    void theQualificationLevelsAdminsKeepAreListedAsTheyStand() {
        given().auth()
                .oauth2(Tokens.as("organizer"))
                .get("/api/v1/code-lists/members/foreign-language-levels")
                .then()
                .statusCode(200)
                .body("usedBy", hasItem("Member.foreignLanguageCode"))
                .body("codes.find { it.code == 'BAC_3' }.vi", equalTo("Bậc 3 (B1)"))
                .body("codes.find { it.code == 'BAC_3' }.en", nullValue());

        String code = "TEST_" + Long.toHexString(System.nanoTime()).toUpperCase();
        given().auth()
                .oauth2(Tokens.as("admin"))
                .contentType("application/json")
                .body("{\"kind\":\"IT\",\"code\":\"" + code + "\",\"label\":\"Tin học thử " + code + "\"}")
                .post("/api/v1/qualification-levels")
                .then()
                .statusCode(201);
        assertTrue(lists(Tokens.as("viewer"))
                .getList("lists.find { it.name == 'it-levels' }.codes.code")
                .contains(code));
    }

    @Test
    @InvalidRequestsOnPurpose
    void anUnknownListIsA404AndAMalformedNameA400() {
        given().auth()
                .oauth2(Tokens.as("viewer"))
                .get("/api/v1/code-lists/members/nationalities")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(Tokens.as("viewer"))
                .get("/api/v1/code-lists/members/Ethnicities")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }
}
