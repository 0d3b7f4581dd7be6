package vn.partybloc.member;

import static io.restassured.RestAssured.given;
import static vn.partybloc.member.Members.admin;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.UUID;
import vn.partybloc.testing.BadInputTestBase;
import vn.partybloc.testing.DocumentedEvent.Organization;
import vn.partybloc.testing.ExportClient;
import vn.partybloc.testing.Tokens;

@QuarkusTest
class BadInputTest extends BadInputTestBase {

    private Organization grassroots;
    private Organization cell;
    private Organization otherCell;
    private UUID member;
    private String committee;
    private String position;
    private String levelCode;
    private String registeredNationalId;

    @Override
    protected String adminToken() {
        return Tokens.as("admin");
    }

    /**
     * Members of a cell of a grassroots committee, the committee's executive committee with positions and a
     * responsibility, a vetting, a succession plan with candidates, one job of each bulk import and of each export. A departure, a
     * termination and a candidate's removal end what they act on, so each gets a row of its own.
     */
    @Override
    protected Map<String, String> existingIds() {
        grassroots = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        cell = Organization.child(grassroots, "SUBORDINATE_CELL");
        otherCell = Organization.child(grassroots, "SUBORDINATE_CELL");
        member = admit("Kiểm Thử Đầu Vào");
        registeredNationalId = Members.nationalId();
        id("/api/v1/members", Members.body("Kiểm Thử Tra Cứu", cell.id(), registeredNationalId, true));
        committee = id("/api/v1/committees", Committees.body(grassroots.id(), "EXECUTIVE_COMMITTEE"));
        position = position(admit("Kiểm Thử Cấp Ủy"));
        String plan = id("/api/v1/succession-plans", """
                {"organizationId":"%s","committeeKind":"EXECUTIVE_COMMITTEE","position":"SECRETARY","termStartYear":2025,"termEndYear":2030}""".formatted(grassroots.id()));
        levelCode = "KIEM_THU_" + Long.toHexString(System.nanoTime()).toUpperCase(java.util.Locale.ROOT);
        String level = id("/api/v1/qualification-levels", """
                {"kind":"FOREIGN_LANGUAGE","code":"%s","label":"Kiểm thử %s"}""".formatted(levelCode, levelCode));
        return Map.ofEntries(
                Map.entry("qualification-levels/{id}", level),
                Map.entry("members/{id}", member.toString()),
                Map.entry("members/{id}/departures", admit("Kiểm Thử Ra Đi").toString()),
                Map.entry("members/{id}/exemptions", admit("Kiểm Thử Miễn").toString()),
                Map.entry(
                        "members/{id}/recognitions",
                        Members.admit("Kiểm Thử Dự Bị", cell.id(), false).toString()),
                Map.entry("members/{id}/vettings/{vettingId}", id("/api/v1/members/" + member + "/vettings", """
                                {"purpose":"PLANNING","conclusion":"Đủ tiêu chuẩn","concludedOn":"2024-05-01"}""")),
                Map.entry("members/imports/{id}", importJob("/api/v1/members/imports")),
                Map.entry("members/exports/{id}", export("/api/v1/members/exports")),
                Map.entry("positions/exports/{id}", export("/api/v1/positions/exports")),
                Map.entry(
                        "members/organization-changes/{changeId}", mergeChange().toString()),
                Map.entry("positions/imports/{id}", importJob("/api/v1/positions/imports")),
                Map.entry("committees/{id}", committee),
                Map.entry("positions/{id}", position),
                Map.entry("positions/{id}/terminations", position(admit("Kiểm Thử Mãn Nhiệm"))),
                Map.entry(
                        "positions/{id}/responsibilities/{responsibilityId}",
                        id("/api/v1/positions/" + position + "/responsibilities", """
                                {"field":"Công tác tổ chức","followedOrganizationId":"%s"}""".formatted(cell.id()))),
                Map.entry("succession-plans/{id}", plan),
                Map.entry("succession-plans/{id}/candidates/{candidateId}", candidate(plan, "Kiểm Thử Quy Hoạch")),
                Map.entry(
                        "succession-plans/{id}/candidates/{candidateId}/removals", candidate(plan, "Kiểm Thử Đưa Ra")));
    }

    @Override
    protected Map<String, String> fieldValues() {
        return Map.of(
                "organizationId", cell.id().toString(),
                "toOrganizationId", otherCell.id().toString(),
                "followedOrganizationId", cell.id().toString(),
                "committeeId", committee,
                "positionId", position,
                "memberId", member.toString());
    }

    /**
     * The document's examples carry a fixed national id (unique), a cell where a committee or plan needs a grassroots
     * committee, and a term the seeded committee already holds; a level's code and spellings are unique in its list; a
     * look-up asks for a national id nobody carries.
     */
    @Override
    protected Map<String, String> validBodies() {
        return Map.of(
                "POST /api/v1/members/lookups",
                "{\"nationalId\":\"" + registeredNationalId + "\"}",
                "POST /api/v1/members",
                Members.body("Kiểm Thử Kết Nạp", cell.id(), Members.nationalId(), true),
                "POST /api/v1/committees",
                Committees.body(grassroots.id(), "EXECUTIVE_COMMITTEE", 2030, 2035),
                "POST /api/v1/committees/batch",
                "{\"items\":[" + Committees.body(grassroots.id(), "EXECUTIVE_COMMITTEE", 2035, 2040) + "]}",
                "POST /api/v1/succession-plans",
                """
                {"organizationId":"%s","committeeKind":"EXECUTIVE_COMMITTEE","position":"SECRETARY","termStartYear":2030,"termEndYear":2035}""".formatted(grassroots.id()),
                "POST /api/v1/positions",
                """
                {"committeeId":"%s","memberId":"%s","position":"MEMBER","appointment":"ELECTED","startsOn":"2025-06-20"}""".formatted(committee, admit("Kiểm Thử Bổ Nhiệm")),
                "POST /api/v1/qualification-levels",
                """
                {"kind":"IT","code":"%s_MOI","label":"Kiểm thử %s mới","aliases":["Kiểm thử %s khác"]}""".formatted(levelCode, levelCode, levelCode),
                "PUT /api/v1/qualification-levels/{id}",
                """
                {"code":"%s","label":"Kiểm thử %s","aliases":["Kiểm thử %s bí danh"]}""".formatted(levelCode, levelCode, levelCode));
    }

    /** A cell merged into the test's cell, so that the merge carried a member. */
    private UUID mergeChange() {
        Organization merged = Organization.child(grassroots, "SUBORDINATE_CELL");
        Members.admit("Kiểm Thử Sáp Nhập", merged.id(), true);
        UUID change = UUID.randomUUID();
        StructuralChanges.apply(merged, StructuralChanges.merged(merged, change, cell.id()));
        return change;
    }

    private UUID admit(String name) {
        return Members.admit(name, cell.id(), true);
    }

    private String position(UUID holder) {
        return id("/api/v1/positions", """
                {"committeeId":"%s","memberId":"%s","position":"MEMBER","appointment":"ELECTED","startsOn":"2025-06-20"}""".formatted(committee, holder));
    }

    /** Adds a new member to the plan; the answer is the plan, so the candidate is found by its member. */
    private String candidate(String plan, String name) {
        UUID candidate = admit(name);
        return given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"memberId\":\"" + candidate + "\",\"addedOn\":\"2024-03-01\"}")
                .post("/api/v1/succession-plans/" + plan + "/candidates")
                .then()
                .statusCode(201)
                .extract()
                .path("candidates.find { it.memberId == '" + candidate + "' }.id");
    }

    /** An export of the grassroots committee at {@code exports}, asked by an admin: its job's id. */
    private String export(String exports) {
        return ExportClient.askedId(exports, admin(), "{\"organizationId\":\"" + grassroots.id() + "\"}");
    }

    /** A bulk import job (of one row naming an unknown organization: the job is accepted, the row refused). */
    private static String importJob(String path) {
        String file = path.contains("members")
                ? "fullName,dateOfBirth,gender,nationalId,admittedOn,organizationId\nKiểm Thử,1985-04-12,MALE,"
                        + Members.nationalId() + ",2010-05-19," + UUID.randomUUID() + "\n"
                : "memberNationalId,committeeId,position,appointment,startsOn\n" + Members.nationalId() + ","
                        + UUID.randomUUID() + ",MEMBER,ELECTED,2025-06-20\n";
        return given().auth()
                .oauth2(admin())
                .contentType("text/csv")
                .body(file)
                .post(path)
                .then()
                .statusCode(202)
                .extract()
                .path("id");
    }

    private static String id(String path, String body) {
        return given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body(body)
                .post(path)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
