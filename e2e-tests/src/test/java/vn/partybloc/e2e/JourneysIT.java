package vn.partybloc.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** User journeys through the gateway, with tokens from the real Keycloak, against the real services. */
class JourneysIT {

    private static String admin;
    private static UUID bloc;

    @BeforeAll
    static void startTheSystem() {
        LocalStack.ensureStarted();
        LocalStack.loadDemoData();
        admin = LocalStack.login("admin");
        List<String> roots = given().auth().oauth2(admin).queryParam("type", "BLOC_COMMITTEE").get("/api/v1/organizations")
                .then().statusCode(200).extract().path("items.id");
        bloc = roots.isEmpty() ? found(admin, "BLOC", "Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh", "BLOC_COMMITTEE", null)
                : UUID.fromString(roots.get(0));
    }

    @Test
    void theDemoDataReproducesTheArticlesOrganizationFiguresThroughTheOverview() {
        given().auth().oauth2(LocalStack.login("viewer")).queryParam("orgId", bloc.toString()).queryParam("asOf", "2023-06-30")
                .get("/api/v1/reports/overview").then().statusCode(200)
                .body("sections.organizations.data.grassroots", equalTo(122))
                .body("sections.organizations.data.byType.GRASSROOTS_COMMITTEE", equalTo(93))
                .body("sections.organizations.data.byType.GRASSROOTS_CELL", equalTo(29))
                .body("sections.organizations.data.byType.SUB_COMMITTEE", equalTo(12))
                .body("sections.organizations.data.byType.SUBORDINATE_CELL", equalTo(1117));
        // Before the changes of 2021 → 06/2023: 54 grassroots organizations had not yet left, 4 not yet arrived.
        given().auth().oauth2(admin).queryParam("asOf", "2020-12-31").get("/api/v1/organizations/" + bloc + "/counts")
                .then().statusCode(200).body("grassroots", equalTo(172));
    }

    @Test
    void anOrganizerFoundsACellTransfersItAndReadsItsHistory() {
        String organizer = LocalStack.login("organizer");
        UUID school = found(organizer, code("DH"), "Đảng bộ Trường Đại học", "GRASSROOTS_COMMITTEE", bloc);
        UUID hospital = found(organizer, code("BV"), "Đảng bộ Bệnh viện tỉnh", "GRASSROOTS_COMMITTEE", bloc);
        UUID cell = found(organizer, code("CB"), "Chi bộ Khoa Dược", "SUBORDINATE_CELL", school);

        given().auth().oauth2(organizer).contentType("application/json")
                .body("{\"newParentId\":\"" + hospital + "\",\"decision\":{\"number\":\"12-QĐ/ĐUK\",\"date\":\"2024-03-01\"}}")
                .post("/api/v1/organizations/" + cell + "/transfers").then().statusCode(200).body("parentId", equalTo(hospital.toString()));
        given().auth().oauth2(organizer).get("/api/v1/organizations/" + cell + "/history")
                .then().statusCode(200).body("kind", contains("FOUND", "MOVE")).body("[1].recordedBy", equalTo("organizer"));
        given().auth().oauth2(organizer).queryParam("asOf", "2024-02-29").get("/api/v1/organizations/" + cell + "/ancestors")
                .then().body("id", contains(bloc.toString(), school.toString()));
        given().auth().oauth2(organizer).queryParam("q", "chi bo khoa duoc").get("/api/v1/organizations")
                .then().body("items.id", hasItem(cell.toString()));
    }

    @Test
    void anOrganizerAdmitsAMemberWhoBecomesACommitteeSecretaryAndTheFiguresFollow() {
        String organizer = LocalStack.login("organizer");
        UUID committee = found(organizer, code("GC"), "Đảng bộ Sở Tài chính mới", "GRASSROOTS_COMMITTEE", bloc);
        UUID cell = found(organizer, code("SC"), "Chi bộ Phòng Ngân sách", "SUBORDINATE_CELL", committee);
        // member-service learns of the new cell from organization-service's events.
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> given().auth().oauth2(organizer)
                .queryParam("orgId", cell.toString()).get("/api/v1/committees").statusCode() == 200);
        String nationalId = String.format("0870%02d%06d", 85, System.nanoTime() % 1_000_000);
        UUID member = UUID.fromString(given().auth().oauth2(organizer).contentType("application/json")
                .body("""
                        {"fullName":"Nguyễn Thị Hồng Nhung","dateOfBirth":"1985-03-08","gender":"FEMALE","nationalId":"%s",
                         "admittedOn":"2008-05-19","fullMemberSince":"2009-05-19","organizationId":"%s","degree":"DOCTOR"}"""
                        .formatted(nationalId, cell))
                .post("/api/v1/members").then().statusCode(201).body("nationalId", equalTo(nationalId))
                .body("warnings", notNullValue()).extract().path("id"));
        UUID executive = UUID.fromString(given().auth().oauth2(organizer).contentType("application/json")
                .body("{\"organizationId\":\"" + committee + "\",\"kind\":\"EXECUTIVE_COMMITTEE\",\"termStartYear\":2025,\"termEndYear\":2030}")
                .post("/api/v1/committees").then().statusCode(201).extract().path("id"));
        given().auth().oauth2(organizer).contentType("application/json")
                .body("{\"committeeId\":\"" + executive + "\",\"memberId\":\"" + member
                        + "\",\"position\":\"SECRETARY\",\"appointment\":\"ELECTED\",\"startsOn\":\"2025-06-20\"}")
                .post("/api/v1/positions").then().statusCode(201);
        given().auth().oauth2(LocalStack.login("viewer")).get("/api/v1/members/" + member).then().statusCode(200)
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("nationalId")));
        given().auth().oauth2(organizer).queryParam("orgId", committee.toString()).get("/api/v1/members/statistics")
                .then().statusCode(200).body("committeeMembers.total", equalTo(1))
                .body("committeeMembers.doctorShare", equalTo(100.0f));
    }

    @Test
    void aViewerReadsButCannotWriteAndNoTokenIsRefusedAtTheEdge() {
        String viewer = LocalStack.login("viewer");
        given().auth().oauth2(viewer).get("/api/v1/organizations/" + bloc).then().statusCode(200).header("ETag", notNullValue());
        given().auth().oauth2(viewer).contentType("application/json")
                .body(foundBody(code("V"), "Chi bộ", "GRASSROOTS_CELL", bloc))
                .post("/api/v1/organizations").then().statusCode(403).contentType("application/problem+json");
        given().get("/api/v1/organizations").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(viewer + "x").get("/api/v1/organizations").then().statusCode(401);
    }

    @Test
    void aSecretarySeesNothingOutsideTheirOwnSubtree() {
        String secretary = LocalStack.login("secretary");
        given().auth().oauth2(secretary).get("/api/v1/organizations/" + bloc).then().statusCode(404);
        // The demo loader bound the secretary to a grassroots committee: they see its subtree and nothing above it.
        given().auth().oauth2(secretary).get("/api/v1/organizations").then().statusCode(200)
                .body("total", org.hamcrest.Matchers.greaterThan(0))
                .body("items.id", org.hamcrest.Matchers.not(hasItem(bloc.toString())));
    }

    @Test
    void anHrSystemFollowsTheChangesFeedWithClientCredentials() {
        String hr = LocalStack.hrSystem();
        String cursor = "0";
        for (boolean more = true; more; ) {
            JsonPath page = given().auth().oauth2(hr).queryParam("after", cursor).queryParam("limit", 1000)
                    .get("/api/v1/organizations/changes").then().statusCode(200).extract().jsonPath();
            cursor = page.getString("next");
            more = page.getBoolean("hasMore");
        }
        UUID founded = found(admin, code("HR"), "Chi bộ Sở Nội vụ", "GRASSROOTS_CELL", bloc);
        List<String> types = new ArrayList<>();
        List<String> subjects = given().auth().oauth2(hr).queryParam("after", cursor).get("/api/v1/organizations/changes")
                .then().statusCode(200).extract().path("items.subject");
        types.addAll(given().auth().oauth2(hr).queryParam("after", cursor).get("/api/v1/organizations/changes")
                .then().extract().path("items.type"));
        assertTrue(subjects.contains(founded.toString()), "the feed shows the new organization: " + subjects);
        assertTrue(types.contains("OrganizationFounded"));
        given().auth().oauth2(hr).contentType("application/json").body(foundBody(code("H"), "X", "GRASSROOTS_CELL", bloc))
                .post("/api/v1/organizations").then().statusCode(403);
    }

    @Test
    void theOverviewAssemblesTheOrganizationCountsThroughTheGateway() {
        given().auth().oauth2(admin).queryParam("orgId", bloc.toString()).get("/api/v1/reports/overview")
                .then().statusCode(200)
                .body("sections.organizations.status", equalTo("OK"))
                .body("sections.organizations.data.byType.BLOC_COMMITTEE", equalTo(1))
                .body("sections.organizations.data.grassroots", org.hamcrest.Matchers.greaterThanOrEqualTo(122))
                .body("sections.members.status", equalTo("OK"))
                .body("sections.training.status", equalTo("NOT_DEPLOYED"));
        given().get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/v1/organizations/{id}/transfers'.post.operationId", equalTo("moveOrganization"));
    }

    private static UUID found(String token, String code, String name, String type, UUID parent) {
        return UUID.fromString(given().auth().oauth2(token).contentType("application/json").body(foundBody(code, name, type, parent))
                .post("/api/v1/organizations").then().statusCode(201).extract().path("id"));
    }

    private static String foundBody(String code, String name, String type, UUID parent) {
        return """
                {"organization":{"code":"%s","name":"%s","type":"%s"%s,"hostUnit":{"name":"Sở Nội vụ","kind":"AGENCY"}},
                 "decision":{"number":"%s-QĐ/ĐUK","date":"2024-01-15"}}"""
                .formatted(code, name, type, parent == null ? "" : ",\"parentId\":\"" + parent + "\"", code);
    }

    private static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
