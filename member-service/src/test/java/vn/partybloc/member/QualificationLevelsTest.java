package vn.partybloc.member;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static vn.partybloc.member.Members.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.DocumentedEvent.Organization;
import vn.partybloc.testing.Tokens;

/**
 * The qualification code lists: a member's recorded text names a level of a list whatever its case and accents, every
 * write sets the code, an admin's alias counts the members who already wrote it, and the statistics count by code with
 * the text no level names kept visible.
 */
@QuarkusTest
class QualificationLevelsTest {

    private static String unique() {
        return Long.toHexString(System.nanoTime()).toUpperCase(Locale.ROOT);
    }

    @Test
    void aRecordedTextGetsTheCodeOfTheLevelItNamesWhateverItsCaseAccentsAndSpaces() {
        UUID cell = Organization.child(
                        Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE"), "SUBORDINATE_CELL")
                .id();
        String unknown = "Tin học văn phòng " + unique();
        String member = admitted(cell, "CHUYEN VIEN  chinh", "tiếng anh b1", unknown)
                .body("stateManagement", equalTo("CHUYEN VIEN  chinh"))
                .body("stateManagementCode", equalTo("CHUYEN_VIEN_CHINH"))
                .body("foreignLanguage", equalTo("tiếng anh b1"))
                .body("foreignLanguageCode", equalTo("BAC_3"))
                .body("itSkill", equalTo(unknown))
                .body("itSkillCode", nullValue())
                .extract()
                .path("id");

        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("""
                        {"fullName":"Mã Văn Đổi","dateOfBirth":"1985-04-12","gender":"MALE",
                         "foreignLanguage":"Tieng Anh A2","itSkill":"ứng dụng cntt CƠ BẢN"}""")
                .put("/api/v1/members/" + member)
                .then()
                .statusCode(200)
                .body("stateManagementCode", nullValue())
                .body("foreignLanguageCode", equalTo("BAC_2"))
                .body("itSkillCode", equalTo("CO_BAN"));
    }

    @Test
    void anImportedMemberGetsTheCodeOfTheLevelTheirTextNames() {
        UUID cell = Organization.child(
                        Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE"), "SUBORDINATE_CELL")
                .id();
        String nationalId = Members.nationalId();
        JsonPath job = ImportTest.importFile(
                admin(),
                "/api/v1/members/imports",
                "text/csv",
                "fullName,dateOfBirth,gender,nationalId,admittedOn,organizationId,stateManagement,foreignLanguage\n"
                        + "Mã Thị Nhập,1985-04-12,FEMALE," + nationalId + ",2010-05-19," + cell
                        + ",chuyên viên cao cấp,B2\n");
        org.junit.jupiter.api.Assertions.assertEquals(1, job.getInt("createdRows"), job.prettify());
        given().auth()
                .oauth2(admin())
                .queryParam("organizationId", cell)
                .get("/api/v1/members")
                .then()
                .statusCode(200)
                .body("items.stateManagementCode", contains("CHUYEN_VIEN_CAO_CAP"))
                .body("items.foreignLanguageCode", contains("BAC_4"));
    }

    @Test
    void anAliasAnAdminAddsCountsTheMembersWhoAlreadyWroteIt() {
        UUID cell = Organization.child(
                        Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE"), "SUBORDINATE_CELL")
                .id();
        String suffix = unique();
        String written = "Nhật ngữ N3 " + suffix;
        String member = admitted(cell, null, written, null)
                .body("foreignLanguageCode", nullValue())
                .extract()
                .path("id");
        String etagBefore = given().auth()
                .oauth2(admin())
                .get("/api/v1/members/" + member)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        String code = "TIENG_NHAT_N3_" + suffix;
        var created = given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"kind\":\"FOREIGN_LANGUAGE\",\"code\":\"" + code + "\",\"label\":\"Tiếng Nhật N3 " + suffix
                        + "\"}")
                .post("/api/v1/qualification-levels")
                .then()
                .statusCode(201)
                .body("sourceDocument", nullValue())
                .extract();
        String level = created.path("id");
        assertMember(member, "foreignLanguageCode", nullValue());

        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .header("If-Match", created.header("ETag"))
                .body("{\"code\":\"" + code + "\",\"label\":\"Tiếng Nhật N3 " + suffix
                        + "\",\"aliases\":[\"nhat ngu  n3 " + suffix.toLowerCase(Locale.ROOT) + "\"]}")
                .put("/api/v1/qualification-levels/" + level)
                .then()
                .statusCode(200)
                .body("aliases", contains("nhat ngu  n3 " + suffix.toLowerCase(Locale.ROOT)));

        String etagAfter = assertMember(member, "foreignLanguageCode", equalTo(code));
        assertNotEquals(etagBefore, etagAfter, "the member's representation changed, so must its ETag");
        given().auth()
                .oauth2(Members.admin())
                .get("/api/v1/qualification-levels/" + level)
                .then()
                .statusCode(200)
                .body("code", equalTo(code));
    }

    @Test
    void aSpellingNamesOneLevelOfAListAndACodeIsOneLevels() {
        String suffix = unique();
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"kind\":\"FOREIGN_LANGUAGE\",\"code\":\"ANH_B1_" + suffix + "\",\"label\":\"Anh văn B1 "
                        + suffix + "\",\"aliases\":[\"TIENG ANH B1\"]}")
                .post("/api/v1/qualification-levels")
                .then()
                .statusCode(422)
                .body("rule", equalTo("QUAL-ONE-LEVEL"));
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"kind\":\"FOREIGN_LANGUAGE\",\"code\":\"BAC_3\",\"label\":\"Bậc ba " + suffix + "\"}")
                .post("/api/v1/qualification-levels")
                .then()
                .statusCode(409);
        // Another list is another namespace: the same spelling and code are free there.
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"kind\":\"IT\",\"code\":\"BAC_3\",\"label\":\"Tiếng Anh B1\"}")
                .post("/api/v1/qualification-levels")
                .then()
                .statusCode(201);
    }

    @Test
    void theSeededListsNameTheirSourceOrNone() {
        given().auth()
                .oauth2(Tokens.as("viewer"))
                .queryParam("kind", "STATE_MANAGEMENT")
                .queryParam("sort", "code,asc")
                .get("/api/v1/qualification-levels")
                .then()
                .statusCode(200)
                .body("items.code", contains("CHUYEN_VIEN", "CHUYEN_VIEN_CAO_CAP", "CHUYEN_VIEN_CHINH"))
                .body("items.sourceDocument", contains(nullValue(), nullValue(), nullValue()))
                .body("total", equalTo(3));
        given().auth()
                .oauth2(Tokens.as("viewer"))
                .queryParam("size", 1)
                .get("/api/v1/qualification-levels")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("total", greaterThan(3));
        given().auth()
                .oauth2(Tokens.as("viewer"))
                .queryParam("kind", "FOREIGN_LANGUAGE")
                .queryParam("size", 500)
                .get("/api/v1/qualification-levels")
                .then()
                .statusCode(200)
                .body("items.find { it.code == 'BAC_3' }.sourceDocument", equalTo("Thông tư 01/2014/TT-BGDĐT"))
                .body("items.find { it.code == 'BAC_3' }.sourceDate", equalTo("2014-01-24"));
    }

    @Test
    void theStatisticsCountByCodeAndKeepTheTextNoLevelNames() {
        Organization grassroots = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        UUID cell = Organization.child(grassroots, "SUBORDINATE_CELL").id();
        String unmapped = "Tiếng Hàn sơ cấp " + unique();
        String secretary = admitted(cell, null, "Tiếng Anh B1", null).extract().path("id");
        admitted(cell, null, "Tiếng Anh B1", null);
        admitted(cell, null, "TIẾNG ANH  B1", null);
        admitted(cell, null, "Tiếng Anh A2", null);
        admitted(cell, null, unmapped, null);
        admitted(cell, null, null, null);
        Committees.seat(
                Committees.committee(grassroots.id(), "EXECUTIVE_COMMITTEE"),
                UUID.fromString(secretary),
                "SECRETARY",
                "2025-06-20");

        given().auth()
                .oauth2(admin())
                .queryParam("organizationId", grassroots.id())
                .get("/api/v1/members/statistics")
                .then()
                .statusCode(200)
                .body(
                        "members.foreignLanguage.counts",
                        equalTo(Map.of("Tiếng Anh B1", 3, "Tiếng Anh A2", 1, unmapped, 1, "UNKNOWN", 1)))
                .body("members.foreignLanguage.byCode", equalTo(Map.of("BAC_3", 3, "BAC_2", 1)))
                .body("members.foreignLanguage.codeShares", equalTo(Map.of("BAC_3", 50.0f, "BAC_2", 16.67f)))
                .body("members.foreignLanguage.unmapped", equalTo(1))
                .body("members.foreignLanguage.unmappedShare", equalTo(16.67f))
                .body("members.foreignLanguage.unmappedCounts", equalTo(Map.of(unmapped, 1)))
                .body("grassrootsCommitteeMembers.foreignLanguage.byCode", equalTo(Map.of("BAC_3", 1)))
                .body("grassrootsCommitteeMembers.foreignLanguage.unmapped", equalTo(0));
    }

    private static io.restassured.response.ValidatableResponse admitted(
            UUID cell, String stateManagement, String foreignLanguage, String itSkill) {
        StringBuilder qualifications = new StringBuilder();
        if (stateManagement != null) {
            qualifications
                    .append("\"stateManagement\":\"")
                    .append(stateManagement)
                    .append("\",");
        }
        if (foreignLanguage != null) {
            qualifications
                    .append("\"foreignLanguage\":\"")
                    .append(foreignLanguage)
                    .append("\",");
        }
        if (itSkill != null) {
            qualifications.append("\"itSkill\":\"").append(itSkill).append("\",");
        }
        return given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body(Members.body("Mã Văn Đo", cell, Members.nationalId(), true)
                        .replace("\"degree\"", qualifications + "\"degree\""))
                .post("/api/v1/members")
                .then()
                .statusCode(201);
    }

    /** Asserts a field of the member as read now; returns its ETag. */
    private static String assertMember(String member, String field, org.hamcrest.Matcher<?> matcher) {
        return given().auth()
                .oauth2(admin())
                .get("/api/v1/members/" + member)
                .then()
                .statusCode(200)
                .body(field, matcher)
                .extract()
                .header("ETag");
    }
}
