package vn.partybloc.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * User journeys through the gateway, with tokens from the real Keycloak, against the real services. The demo figures are
 * checked first, before the other journeys add organizations, members and courses to the Bloc.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JourneysIT {

    private static String admin;
    private static UUID bloc;

    @BeforeAll
    static void startTheSystem() {
        LocalStack.ensureStarted();
        LocalStack.loadDemoData();
        admin = LocalStack.login("admin");
        List<String> roots = given().auth()
                .oauth2(admin)
                .queryParam("type", "BLOC_COMMITTEE")
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        bloc = roots.isEmpty()
                ? found(admin, "BLOC", "Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh", "BLOC_COMMITTEE", null)
                : UUID.fromString(roots.get(0));
    }

    @Test
    @Order(1)
    void theDemoDataReproducesTheArticlesFiguresThroughTheOverview() {
        JsonPath overview = given().auth()
                .oauth2(LocalStack.login("viewer"))
                .queryParam("asOf", "2023-06-30")
                .get("/api/v1/reports/overview")
                .then()
                .statusCode(200)
                .body("organizationId", equalTo(bloc.toString())) // the default: the Bloc
                .body("sections.organizations.data.grassroots", equalTo(122))
                .body("sections.organizations.data.byType.GRASSROOTS_COMMITTEE", equalTo(93))
                .body("sections.organizations.data.byType.GRASSROOTS_CELL", equalTo(29))
                .body("sections.organizations.data.byType.SUB_COMMITTEE", equalTo(12))
                .body("sections.organizations.data.byType.SUBORDINATE_CELL", equalTo(1117))
                .body("sections.members.status", equalTo("OK"))
                .body("sections.training.status", equalTo("OK"))
                .extract()
                .jsonPath();
        assertEquals(14_357, overview.getInt("sections.members.data.members.total"));
        assertEquals(1_017, overview.getInt("sections.members.data.committeeMembers.total"));
        assertEquals(4.42, overview.getDouble("sections.members.data.committeeMembers.doctorShare"), 0.001);
        assertEquals(42.7, overview.getDouble("sections.members.data.committeeMembers.masterShare"), 0.05);
        assertEquals(4, overview.getInt("sections.training.data.topics.find { it.topic == 'PARTY_WORK' }.courses"));
        assertEquals(
                1_063, overview.getInt("sections.training.data.topics.find { it.topic == 'PARTY_WORK' }.attendees"));
        assertEquals(
                251,
                overview.getInt(
                        "sections.training.data.topics.find { it.topic == 'INSPECTION_SUPERVISION' }.attendees"));
        assertEquals(380, overview.getInt("sections.training.data.topics.find { it.topic == 'PROPAGANDA' }.attendees"));
        assertEquals("OK", overview.getString("sections.evaluation.status"));
        assertEquals(2022, overview.getInt("sections.evaluation.data.year"));
        String members = "sections.evaluation.data.subjects.find { it.subjectKind == 'MEMBER' }";
        assertEquals(14_357, overview.getInt(members + ".rated"));
        assertEquals(95.0, overview.getDouble(members + ".atLeastGoodPercent"), 0.5);
        String grassroots = "sections.evaluation.data.subjects.find { it.subjectKind == 'GRASSROOTS_ORGANIZATION' }";
        assertEquals(122, overview.getInt(grassroots + ".rated"));
        org.junit.jupiter.api.Assertions.assertTrue(overview.getDouble(grassroots + ".atLeastGoodPercent") > 90.0);
        assertEquals(
                0, overview.getList("sections.evaluation.data.cap.violations").size());
        // Before the changes of 2021 → 06/2023: 54 grassroots organizations had not yet left, 4 not yet arrived.
        given().auth()
                .oauth2(admin)
                .queryParam("asOf", "2020-12-31")
                .get("/api/v1/organizations/" + bloc + "/counts")
                .then()
                .statusCode(200)
                .body("grassroots", equalTo(172));
    }

    @Test
    void anOrganizerFoundsACellTransfersItAndReadsItsHistory() {
        String organizer = LocalStack.login("organizer");
        UUID school = found(organizer, code("DH"), "Đảng bộ Trường Đại học", "GRASSROOTS_COMMITTEE", bloc);
        UUID hospital = found(organizer, code("BV"), "Đảng bộ Bệnh viện tỉnh", "GRASSROOTS_COMMITTEE", bloc);
        UUID cell = found(organizer, code("CB"), "Chi bộ Khoa Dược", "SUBORDINATE_CELL", school);

        given().auth()
                .oauth2(organizer)
                .contentType("application/json")
                .body("{\"newParentId\":\"" + hospital
                        + "\",\"decision\":{\"number\":\"12-QĐ/ĐUK\",\"date\":\"2024-03-01\"}}")
                .post("/api/v1/organizations/" + cell + "/transfers")
                .then()
                .statusCode(200)
                .body("parentId", equalTo(hospital.toString()));
        given().auth()
                .oauth2(organizer)
                .get("/api/v1/organizations/" + cell + "/history")
                .then()
                .statusCode(200)
                .body("kind", contains("FOUND", "MOVE"))
                .body("[1].recordedBy", equalTo("organizer"));
        given().auth()
                .oauth2(organizer)
                .queryParam("asOf", "2024-02-29")
                .get("/api/v1/organizations/" + cell + "/ancestors")
                .then()
                .body("id", contains(bloc.toString(), school.toString()));
        given().auth()
                .oauth2(organizer)
                .queryParam("q", "chi bo khoa duoc")
                .get("/api/v1/organizations")
                .then()
                .body("items.id", hasItem(cell.toString()));
    }

    @Test
    void anOrganizerAdmitsAMemberWhoBecomesACommitteeSecretaryAndTheFiguresFollow() {
        String organizer = LocalStack.login("organizer");
        UUID committee = found(organizer, code("GC"), "Đảng bộ Sở Tài chính mới", "GRASSROOTS_COMMITTEE", bloc);
        UUID cell = found(organizer, code("SC"), "Chi bộ Phòng Ngân sách", "SUBORDINATE_CELL", committee);
        // member-service learns of the new cell from organization-service's events.
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> given().auth()
                                .oauth2(organizer)
                                .queryParam("organizationId", cell.toString())
                                .get("/api/v1/committees")
                                .statusCode()
                        == 200);
        String nationalId = String.format("0870%02d%06d", 85, System.nanoTime() % 1_000_000);
        UUID member = UUID.fromString(given().auth()
                .oauth2(organizer)
                .contentType("application/json")
                .body("""
                        {"fullName":"Nguyễn Thị Hồng Nhung","dateOfBirth":"1985-03-08","gender":"FEMALE","nationalId":"%s",
                         "admittedOn":"2008-05-19","fullMemberSince":"2009-05-19","organizationId":"%s","degree":"DOCTOR"}""".formatted(nationalId, cell))
                .post("/api/v1/members")
                .then()
                .statusCode(201)
                .body("nationalId", equalTo(nationalId))
                .body("warnings", notNullValue())
                .extract()
                .path("id"));
        UUID executive = UUID.fromString(given().auth()
                .oauth2(organizer)
                .contentType("application/json")
                .body("{\"organizationId\":\"" + committee
                        + "\",\"kind\":\"EXECUTIVE_COMMITTEE\",\"termStartYear\":2025,\"termEndYear\":2030}")
                .post("/api/v1/committees")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
        given().auth()
                .oauth2(organizer)
                .contentType("application/json")
                .body("{\"committeeId\":\"" + executive + "\",\"memberId\":\"" + member
                        + "\",\"position\":\"SECRETARY\",\"appointment\":\"ELECTED\",\"startsOn\":\"2025-06-20\"}")
                .post("/api/v1/positions")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(LocalStack.login("viewer"))
                .get("/api/v1/members/" + member)
                .then()
                .statusCode(200)
                .body("$", org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasKey("nationalId")));
        given().auth()
                .oauth2(organizer)
                .queryParam("organizationId", committee.toString())
                .get("/api/v1/members/statistics")
                .then()
                .statusCode(200)
                .body("committeeMembers.total", equalTo(1))
                .body("committeeMembers.doctorShare", equalTo(100.0f));
    }

    @Test
    void aViewerReadsButCannotWriteAndNoTokenIsRefusedAtTheEdge() {
        String viewer = LocalStack.login("viewer");
        given().auth()
                .oauth2(viewer)
                .get("/api/v1/organizations/" + bloc)
                .then()
                .statusCode(200)
                .header("ETag", notNullValue());
        given().auth()
                .oauth2(viewer)
                .contentType("application/json")
                .body(foundBody(code("V"), "Chi bộ", "GRASSROOTS_CELL", bloc))
                .post("/api/v1/organizations")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        given().get("/api/v1/organizations").then().statusCode(401).contentType("application/problem+json");
        given().auth().oauth2(viewer + "x").get("/api/v1/organizations").then().statusCode(401);
    }

    @Test
    void aSecretarySeesNothingOutsideTheirOwnSubtree() {
        String secretary = LocalStack.login("secretary");
        given().auth()
                .oauth2(secretary)
                .get("/api/v1/organizations/" + bloc)
                .then()
                .statusCode(404);
        // The demo loader bound the secretary to a grassroots committee: they see its subtree and nothing above it.
        given().auth()
                .oauth2(secretary)
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .body("total", org.hamcrest.Matchers.greaterThan(0))
                .body("items.id", org.hamcrest.Matchers.not(hasItem(bloc.toString())));
    }

    @Test
    void anHrSystemFollowsTheChangesFeedWithClientCredentials() {
        String hr = LocalStack.hrSystem();
        String cursor = "0";
        for (boolean more = true; more; ) {
            JsonPath page = given().auth()
                    .oauth2(hr)
                    .queryParam("after", cursor)
                    .queryParam("limit", 1000)
                    .get("/api/v1/changes/organizations")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            cursor = page.getString("next");
            more = page.getBoolean("hasMore");
        }
        UUID founded = found(admin, code("HR"), "Chi bộ Sở Nội vụ", "GRASSROOTS_CELL", bloc);
        List<String> types = new ArrayList<>();
        List<String> subjects = given().auth()
                .oauth2(hr)
                .queryParam("after", cursor)
                .get("/api/v1/changes/organizations")
                .then()
                .statusCode(200)
                .extract()
                .path("items.subject");
        types.addAll(given().auth()
                .oauth2(hr)
                .queryParam("after", cursor)
                .get("/api/v1/changes/organizations")
                .then()
                .extract()
                .path("items.type"));
        assertTrue(subjects.contains(founded.toString()), "the feed shows the new organization: " + subjects);
        assertTrue(types.contains("OrganizationFounded"));
        given().auth()
                .oauth2(hr)
                .contentType("application/json")
                .body(foundBody(code("H"), "X", "GRASSROOTS_CELL", bloc))
                .post("/api/v1/organizations")
                .then()
                .statusCode(403);
    }

    @Test
    void anHrSystemImportsMembersFromCsvAndFollowsTheMemberChanges() {
        String hr = LocalStack.hrSystem();
        String organizer = LocalStack.login("organizer");
        UUID cell = found(organizer, code("HRC"), "Chi bộ Phòng Nhân sự", "GRASSROOTS_CELL", bloc);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> given().auth()
                                .oauth2(organizer)
                                .queryParam("organizationId", cell.toString())
                                .get("/api/v1/committees")
                                .statusCode()
                        == 200);
        String cursor = "0";
        for (boolean more = true; more; ) {
            JsonPath page = given().auth()
                    .oauth2(hr)
                    .queryParam("after", cursor)
                    .queryParam("limit", 1000)
                    .get("/api/v1/changes/members")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            cursor = page.getString("next");
            more = page.getBoolean("hasMore");
        }
        long serial = System.nanoTime() % 1_000_000;
        String first = String.format("087186%06d", serial);
        String second = String.format("087090%06d", (serial + 1) % 1_000_000);
        String csv = "fullName,dateOfBirth,gender,nationalId,admittedOn,fullMemberSince,organizationId,degree\n"
                + "Trần Thị Bích Ngọc,1986-02-14,FEMALE," + first + ",2012-05-19,2013-05-19," + cell + ",MASTER\n"
                + "Lê Văn Đức,1990-07-01,MALE," + second + ",2015-09-02,2016-09-02," + cell + ",BACHELOR\n";
        String job = given().auth()
                .oauth2(hr)
                .contentType("text/csv; charset=UTF-8")
                .body(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/members/imports")
                .then()
                .statusCode(202)
                .extract()
                .header("Location");
        // The link names the gateway, not member-service behind it: a client that follows it stays on the API.
        org.junit.jupiter.api.Assertions.assertTrue(
                job.startsWith("http://localhost:" + LocalStack.GATEWAY + "/api/v1/members/imports/"), job);
        String jobPath = job.replaceFirst("^https?://[^/]+", "");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> List.of("DONE", "FAILED")
                        .contains(given().auth()
                                .oauth2(hr)
                                .get(jobPath)
                                .then()
                                .extract()
                                .<String>path("status")));
        given().auth()
                .oauth2(hr)
                .get(jobPath)
                .then()
                .statusCode(200)
                .body("status", equalTo("DONE"))
                .body("createdRows", equalTo(2))
                .body("failedRows", equalTo(0));
        String after = cursor;
        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .until(() -> given()
                                .auth()
                                .oauth2(hr)
                                .queryParam("after", after)
                                .get("/api/v1/changes/members")
                                .then()
                                .statusCode(200)
                                .extract()
                                .<List<String>>path("items.type")
                                .stream()
                                .filter("MemberAdmitted"::equals)
                                .count()
                        >= 2);
        // Sending the same file again changes nothing.
        String again = given().auth()
                .oauth2(hr)
                .contentType("text/csv; charset=UTF-8")
                .body(csv.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/api/v1/members/imports")
                .then()
                .statusCode(202)
                .extract()
                .header("Location")
                .replaceFirst("^https?://[^/]+", "");
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> "DONE"
                        .equals(given().auth()
                                .oauth2(hr)
                                .get(again)
                                .then()
                                .extract()
                                .<String>path("status")));
        given().auth()
                .oauth2(hr)
                .get(again)
                .then()
                .body("createdRows", equalTo(0))
                .body("updatedRows", equalTo(0));
    }

    @Test
    void aSecretaryAppointsACellSecretaryInTheirOwnSubtreeOnly() {
        String secretary = LocalStack.login("secretary");
        String organizer = LocalStack.login("organizer");
        // The demo loader bound the secretary to GC001: take a full member of its subtree, and that member's cell.
        JsonPath found = given().auth()
                .oauth2(secretary)
                .queryParam("kind", "FULL")
                .queryParam("size", 1)
                .get("/api/v1/members")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        String member = found.getString("items[0].id");
        UUID cell = UUID.fromString(found.getString("items[0].organizationId"));
        UUID committee = UUID.fromString(given().auth()
                .oauth2(secretary)
                .contentType("application/json")
                .body("{\"organizationId\":\"" + cell
                        + "\",\"kind\":\"CELL_COMMITTEE\",\"termStartYear\":2025,\"termEndYear\":2030}")
                .post("/api/v1/committees")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
        given().auth()
                .oauth2(secretary)
                .contentType("application/json")
                .body("{\"committeeId\":\"" + committee + "\",\"memberId\":\"" + member
                        + "\",\"position\":\"SECRETARY\",\"appointment\":\"APPOINTED\",\"startsOn\":\"2025-09-01\"}")
                .post("/api/v1/positions")
                .then()
                .statusCode(201);
        given().auth()
                .oauth2(secretary)
                .queryParam("organizationId", cell.toString())
                .get("/api/v1/members/statistics")
                .then()
                .statusCode(200)
                .body("committeeMembers.byPosition.SECRETARY", equalTo(1));
        // Outside their subtree the organization does not exist for them.
        UUID elsewhere = found(organizer, code("X"), "Chi bộ Sở Y tế", "GRASSROOTS_CELL", bloc);
        given().auth()
                .oauth2(secretary)
                .contentType("application/json")
                .body("{\"organizationId\":\"" + elsewhere
                        + "\",\"kind\":\"CELL_COMMITTEE\",\"termStartYear\":2025,\"termEndYear\":2030}")
                .post("/api/v1/committees")
                .then()
                .statusCode(org.hamcrest.Matchers.either(equalTo(404)).or(equalTo(403)));
    }

    @Test
    void aNewSecretaryIsObligedToTrainIsTrainedAndRatedAndTheOverviewFollows() {
        String organizer = LocalStack.login("organizer");
        UUID committee = found(organizer, code("NS"), "Đảng bộ Công ty Điện lực", "GRASSROOTS_COMMITTEE", bloc);
        UUID cell = found(organizer, code("NSC"), "Chi bộ Phòng Kỹ thuật", "SUBORDINATE_CELL", committee);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> given().auth()
                                .oauth2(organizer)
                                .queryParam("organizationId", cell.toString())
                                .get("/api/v1/committees")
                                .statusCode()
                        == 200);
        String nationalId = String.format("0870%02d%06d", 80, System.nanoTime() % 1_000_000);
        String member = given().auth()
                .oauth2(organizer)
                .contentType("application/json")
                .body("""
                        {"fullName":"Trần Văn Điện","dateOfBirth":"1980-07-02","gender":"MALE","nationalId":"%s",
                         "admittedOn":"2005-05-19","fullMemberSince":"2006-05-19","organizationId":"%s"}""".formatted(nationalId, cell))
                .post("/api/v1/members")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String executive = given().auth()
                .oauth2(organizer)
                .contentType("application/json")
                .body("{\"organizationId\":\"" + committee
                        + "\",\"kind\":\"EXECUTIVE_COMMITTEE\",\"termStartYear\":2025,\"termEndYear\":2030}")
                .post("/api/v1/committees")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(organizer)
                .contentType("application/json")
                .body("{\"committeeId\":\"" + executive + "\",\"memberId\":\"" + member
                        + "\",\"position\":\"SECRETARY\",\"appointment\":\"APPOINTED\",\"startsOn\":\"2026-10-01\"}")
                .post("/api/v1/positions")
                .then()
                .statusCode(201);

        // training-service opens the obligation from member-service's CommitteePositionStarted event.
        String obligations = "/api/v1/obligations";
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> given().auth()
                                .oauth2(organizer)
                                .queryParam("organizationId", committee.toString())
                                .get(obligations)
                                .then()
                                .extract()
                                .jsonPath()
                                .getList("items.findAll { it.memberId == '" + member + "' && it.status == 'OPEN' }")
                                .size()
                        == 1);
        String course = given().auth()
                .oauth2(organizer)
                .contentType("application/json")
                .body("""
                        {"title":"Bồi dưỡng cấp ủy viên mới %s","topic":"PARTY_WORK","organizationId":"%s",
                         "format":"IN_PERSON","startsOn":"2026-11-02","endsOn":"2026-11-04","capacity":40}""".formatted(code("K"), bloc))
                .post("/api/v1/courses")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String base = "/api/v1/courses/" + course;
        given().auth()
                .oauth2(organizer)
                .contentType("application/json")
                .body("{\"memberIds\":[\"" + member + "\"]}")
                .post(base + "/bulk-enrollments")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(organizer)
                .contentType("application/json")
                .body("{\"status\":\"RUNNING\"}")
                .post(base + "/status-changes")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(organizer)
                .contentType("application/json")
                .body("{\"completions\":[{\"memberId\":\"" + member
                        + "\",\"result\":\"GOOD\",\"completedOn\":\"2026-11-04\"}]}")
                .post(base + "/completions")
                .then()
                .statusCode(200);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> given().auth()
                                .oauth2(organizer)
                                .queryParam("organizationId", committee.toString())
                                .get(obligations)
                                .then()
                                .extract()
                                .jsonPath()
                                .getList(
                                        "items.findAll { it.memberId == '" + member + "' && it.status == 'FULFILLED' }")
                                .size()
                        == 1);

        // The Bloc rates the new organization and its member for 2026 (the 2025 rule set: scores).
        io.restassured.response.Response opened = given().auth()
                .oauth2(organizer)
                .contentType("application/json")
                .body("{\"year\":2026}")
                .post("/api/v1/review-cycles");
        String cycle = opened.statusCode() == 201
                ? opened.path("id")
                : given().auth()
                        .oauth2(organizer)
                        .queryParam("size", 100)
                        .get("/api/v1/review-cycles")
                        .then()
                        .extract()
                        .path("items.find { it.year == 2026 }.id");
        String batch = """
                {"cycleId":"%s","items":[
                 {"subjectKind":"GRASSROOTS_ORGANIZATION","subjectId":"%s","score":85,"decisionNumber":"1-QĐ/ĐUK","decidedOn":"2026-11-20"},
                 {"subjectKind":"MEMBER","subjectId":"%s","score":80,"decisionNumber":"2-QĐ/ĐUK","decidedOn":"2026-11-20"}]}""".formatted(cycle, committee, member);
        // evaluation-service learns of the organization and the member from events; until then the batch is refused
        // whole.
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofSeconds(1))
                .until(() -> given().auth()
                                .oauth2(organizer)
                                .contentType("application/json")
                                .body(batch)
                                .post("/api/v1/reviews/batch")
                                .statusCode()
                        == 201);

        JsonPath overview = given().auth()
                .oauth2(organizer)
                .queryParam("organizationId", committee.toString())
                .get("/api/v1/reports/overview")
                .then()
                .statusCode(200)
                .body("sections.evaluation.status", equalTo("OK"))
                .body("sections.evaluation.data.year", equalTo(2026))
                .body("sections.training.data.topics.find { it.topic == 'PARTY_WORK' }.attendees", equalTo(1))
                .body("sections.members.data.committeeMembers.total", equalTo(1))
                .extract()
                .jsonPath();
        assertEquals(
                1,
                overview.getInt("sections.evaluation.data.subjects.find { it.subjectKind == 'MEMBER' }.byLevel.GOOD"));
        assertEquals(
                1,
                overview.getInt(
                        "sections.evaluation.data.subjects.find { it.subjectKind == 'GRASSROOTS_ORGANIZATION' }.byLevel.GOOD"));
    }

    @Test
    void theOverviewIncludesTrainingOnceACourseIsCompleted() {
        String organizer = LocalStack.login("organizer");
        UUID committee = found(organizer, code("TC"), "Đảng bộ Trường Chính trị", "GRASSROOTS_COMMITTEE", bloc);
        UUID cell = found(organizer, code("TCC"), "Chi bộ Khoa Lý luận", "SUBORDINATE_CELL", committee);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> given().auth()
                                .oauth2(organizer)
                                .queryParam("organizationId", cell.toString())
                                .get("/api/v1/committees")
                                .statusCode()
                        == 200);
        String nationalId = String.format("0871%02d%06d", 88, System.nanoTime() % 1_000_000);
        String member = given().auth()
                .oauth2(organizer)
                .contentType("application/json")
                .body("""
                        {"fullName":"Võ Thị Kim Yến","dateOfBirth":"1988-10-20","gender":"FEMALE","nationalId":"%s",
                         "admittedOn":"2012-05-19","fullMemberSince":"2013-05-19","organizationId":"%s"}""".formatted(nationalId, cell))
                .post("/api/v1/members")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        given().auth()
                .oauth2(organizer)
                .queryParam("organizationId", committee.toString())
                .get("/api/v1/reports/overview")
                .then()
                .statusCode(200)
                .body("sections.training.status", equalTo("OK"))
                .body("sections.training.data.topics.find { it.topic == 'PARTY_WORK' }.attendees", equalTo(0));
        // training-service learns of the member from member-service's events.
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> given().auth()
                                .oauth2(organizer)
                                .get("/api/v1/training-records/" + member)
                                .statusCode()
                        == 200);
        String course = given().auth()
                .oauth2(organizer)
                .contentType("application/json")
                .body("""
                        {"title":"Lớp bồi dưỡng nghiệp vụ công tác Đảng %s","topic":"PARTY_WORK","organizationId":"%s",
                         "format":"ONLINE","startsOn":"2024-05-06","endsOn":"2024-05-08","capacity":30}""".formatted(code("K"), bloc))
                .post("/api/v1/courses")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String base = "/api/v1/courses/" + course;
        given().auth()
                .oauth2(organizer)
                .contentType("application/json")
                .body("{\"memberIds\":[\"" + member + "\"]}")
                .post(base + "/bulk-enrollments")
                .then()
                .statusCode(200)
                .body("enrolled", equalTo(1));
        given().auth()
                .oauth2(organizer)
                .contentType("application/json")
                .body("{\"status\":\"RUNNING\"}")
                .post(base + "/status-changes")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(organizer)
                .contentType("application/json")
                .body("{\"completions\":[{\"memberId\":\"" + member
                        + "\",\"result\":\"GOOD\",\"certificateNumber\":\"7/CN-ĐUK\"}]}")
                .post(base + "/completions")
                .then()
                .statusCode(200)
                .body("completed", equalTo(1));
        given().auth()
                .oauth2(organizer)
                .queryParam("organizationId", committee.toString())
                .get("/api/v1/reports/overview")
                .then()
                .statusCode(200)
                .body("sections.training.status", equalTo("OK"))
                .body("sections.training.data.topics.find { it.topic == 'PARTY_WORK' }.attendees", equalTo(1))
                .body("sections.members.data.members.total", equalTo(1));
    }

    @Test
    void theOverviewAssemblesTheOrganizationCountsThroughTheGateway() {
        given().auth()
                .oauth2(admin)
                .queryParam("organizationId", bloc.toString())
                .get("/api/v1/reports/overview")
                .then()
                .statusCode(200)
                .body("sections.organizations.status", equalTo("OK"))
                .body("sections.organizations.data.byType.BLOC_COMMITTEE", equalTo(1))
                .body("sections.organizations.data.grassroots", org.hamcrest.Matchers.greaterThanOrEqualTo(122))
                .body("sections.members.status", equalTo("OK"))
                .body("sections.training.status", equalTo("OK"))
                .body("sections.evaluation.status", equalTo("OK"));
        given().get("/q/openapi")
                .then()
                .statusCode(200)
                .body("paths.'/api/v1/organizations/{id}/transfers'.post.operationId", equalTo("moveOrganization"))
                .body("paths.'/api/v1/courses/report'.get.operationId", equalTo("getTrainingByTopic"));
    }

    private static UUID found(String token, String code, String name, String type, UUID parent) {
        return UUID.fromString(given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(foundBody(code, name, type, parent))
                .post("/api/v1/organizations")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }

    private static String foundBody(String code, String name, String type, UUID parent) {
        return """
                {"organization":{"code":"%s","name":"%s","type":"%s"%s,"hostUnit":{"name":"Sở Nội vụ","kind":"AGENCY"}},
                 "decision":{"number":"%s-QĐ/ĐUK","date":"2024-01-15"}}""".formatted(code, name, type, parent == null ? "" : ",\"parentId\":\"" + parent + "\"", code);
    }

    private static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
