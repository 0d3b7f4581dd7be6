package vn.partybloc.member;

import static io.restassured.RestAssured.given;
import static vn.partybloc.member.Members.admin;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import vn.partybloc.testing.AccessMatrix;
import vn.partybloc.testing.AccessMatrix.Request;
import vn.partybloc.testing.DocumentedEvent.Organization;
import vn.partybloc.testing.ExportClient;
import vn.partybloc.testing.JsonBodies;
import vn.partybloc.testing.WebhookFixture;

/**
 * A grassroots committee founded for one call of the access matrix: two cells, three members of the first (a full member
 * holding an executive-committee seat with a responsibility and a vetting, a probationary one, a full one without a
 * seat), a succession plan with a candidate, and a cell merged into the first; each operation of member-service is aimed at it.
 */
record AccessFixture(
        UUID organization,
        UUID cell,
        UUID otherCell,
        UUID member,
        UUID probationary,
        String spareNationalId,
        UUID spare,
        String committee,
        String position,
        String responsibility,
        String vetting,
        String plan,
        String candidate,
        UUID mergeChange,
        String level,
        String levelCode,
        UUID skilled,
        String skill)
        implements AccessMatrix.Fixture {

    static AccessFixture found() {
        Organization organization = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        UUID cell = Organization.child(organization, "SUBORDINATE_CELL").id();
        UUID otherCell = Organization.child(organization, "SUBORDINATE_CELL").id();
        UUID member = Members.admit("Hà Văn Giữ", cell, true);
        UUID probationary = Members.admit("Hà Thị Mới", cell, false);
        String spareNationalId = Members.nationalId();
        UUID spare = created("/api/v1/members", Members.body("Hà Văn Dự", cell, spareNationalId, true));
        String committee =
                Committees.committee(organization.id(), "EXECUTIVE_COMMITTEE").toString();
        String position = created(
                        "/api/v1/positions",
                        "{\"committeeId\":\"" + committee + "\",\"memberId\":\"" + member
                                + "\",\"position\":\"MEMBER\",\"appointment\":\"ELECTED\",\"startsOn\":\"2025-06-20\"}")
                .toString();
        String responsibility = created(
                        "/api/v1/positions/" + position + "/responsibilities",
                        "{\"field\":\"Công tác tổ chức\",\"followedOrganizationId\":\"" + cell + "\"}")
                .toString();
        String vetting = created(
                        "/api/v1/members/" + member + "/vettings",
                        "{\"purpose\":\"APPOINTMENT\",\"conclusion\":\"Đủ tiêu chuẩn\",\"concludedOn\":\"2024-06-01\"}")
                .toString();
        String plan = created(
                        "/api/v1/succession-plans",
                        "{\"organizationId\":\"" + organization.id()
                                + "\",\"committeeKind\":\"EXECUTIVE_COMMITTEE\",\"position\":\"SECRETARY\",\"termStartYear\":2025,\"termEndYear\":2030}")
                .toString();
        created(
                "/api/v1/succession-plans/" + plan + "/candidates",
                "{\"memberId\":\"" + member + "\",\"addedOn\":\"2024-03-01\"}");
        String candidate = given().auth()
                .oauth2(admin())
                .get("/api/v1/succession-plans/" + plan)
                .then()
                .statusCode(200)
                .extract()
                .path("candidates.find { it.memberId == '" + member + "' }.id");
        Organization merged = Organization.child(organization, "SUBORDINATE_CELL");
        Members.admit("Hà Văn Gộp", merged.id(), true);
        UUID mergeChange = UUID.randomUUID();
        StructuralChanges.apply(merged, StructuralChanges.merged(merged, mergeChange, cell));
        String hex = hex();
        String levelCode = "ACCESS_" + hex;
        String level = created(
                        "/api/v1/qualification-levels",
                        "{\"kind\":\"IT\",\"code\":\"" + levelCode + "\",\"label\":\"Tin học mức " + hex + "\"}")
                .toString();
        String skill = "Tin học chưa xếp " + hex;
        UUID skilled = created(
                "/api/v1/members",
                Members.body("Hà Văn Máy", cell, Members.nationalId(), true)
                        .replace("\"degree\"", "\"itSkill\":\"" + skill + "\",\"degree\""));
        return new AccessFixture(
                organization.id(),
                cell,
                otherCell,
                member,
                probationary,
                spareNationalId,
                spare,
                committee,
                position,
                responsibility,
                vetting,
                plan,
                candidate,
                mergeChange,
                level,
                levelCode,
                skilled,
                skill);
    }

    /** Everything a write on the fixture may change, read whole. */
    @Override
    public List<String> reads() {
        List<String> reads = new ArrayList<>(WebhookFixture.reads(this));
        reads.addAll(List.of(
                "/api/v1/members?size=500&includeDescendants=true&organizationId=" + organization,
                "/api/v1/members/" + member,
                "/api/v1/members/" + probationary,
                "/api/v1/members/" + spare,
                "/api/v1/members/" + member + "/history",
                "/api/v1/members/" + probationary + "/history",
                "/api/v1/members/" + member + "/vettings",
                "/api/v1/committees?organizationId=" + organization,
                "/api/v1/committees/" + committee + "/positions",
                "/api/v1/positions/" + position,
                "/api/v1/positions/" + position + "/responsibilities",
                "/api/v1/succession-plans?organizationId=" + organization,
                "/api/v1/succession-plans/" + plan,
                "/api/v1/members/organization-changes/" + mergeChange,
                "/api/v1/qualification-levels/" + level,
                "/api/v1/members/" + skilled,
                "/api/v1/members/exports?organizationId=" + organization,
                "/api/v1/positions/exports?organizationId=" + organization));
        return reads;
    }

    /** The url each documented read is sent to; lists name the fixture's organization, so a secretary's scope applies. */
    String readUrl(String operation) {
        String webhook = WebhookFixture.readUrl(this, "members", operation);
        if (webhook != null) {
            return webhook;
        }
        String path = operation.substring("GET ".length());
        return switch (path) {
            case "/api/v1/members" -> path + "?includeDescendants=true&organizationId=" + organization;
            case "/api/v1/members/statistics", "/api/v1/committees", "/api/v1/succession-plans" ->
                path + "?organizationId=" + organization;
            case "/api/v1/succession-plans/report" -> path + "?organizationId=" + organization;
            case "/api/v1/qualification-levels" -> path + "?kind=IT";
            case "/api/v1/members/movements", "/api/v1/members/consequences", "/api/v1/positions/report" ->
                path + "?organizationId=" + organization + "&from=2021-01-01&to=2023-06-30";
            case "/api/v1/members/exports", "/api/v1/positions/exports" -> path + "?organizationId=" + organization;
            case "/api/v1/members/exports/{id}" -> "/api/v1/members/exports/" + memberExport();
            case "/api/v1/members/exports/{id}/content" -> "/api/v1/members/exports/" + memberExport() + "/content";
            case "/api/v1/positions/exports/{id}" -> "/api/v1/positions/exports/" + positionExport();
            case "/api/v1/positions/exports/{id}/content" ->
                "/api/v1/positions/exports/" + positionExport() + "/content";
            case "/api/v1/members/imports/{id}" -> "/api/v1/members/imports/" + memberImport();
            case "/api/v1/positions/imports/{id}" -> "/api/v1/positions/imports/" + positionImport();
            default ->
                path.replace("/members/{id}", "/members/" + member)
                        .replace("{vettingId}", vetting)
                        .replace("/committees/{id}", "/committees/" + committee)
                        .replace("/positions/{id}", "/positions/" + position)
                        .replace("{responsibilityId}", responsibility)
                        .replace("/succession-plans/{id}", "/succession-plans/" + plan)
                        .replace("{candidateId}", candidate)
                        .replace("{changeId}", mergeChange.toString())
                        .replace("/qualification-levels/{id}", "/qualification-levels/" + level)
                        .replace("/code-lists/members/{name}", "/code-lists/members/it-levels");
        };
    }

    /** The POSTs that read: a look-up of the spare member by their national id. */
    static final Map<String, Function<AccessFixture, Request>> READS_BY_POST = Map.of(
            "POST /api/v1/members/lookups",
            fixture -> Request.json(
                    "POST", "/api/v1/members/lookups", "{\"nationalId\":\"" + fixture.spareNationalId() + "\"}"));

    /** A valid request for each documented write, aimed at a fixture. */
    static final Map<String, Function<AccessFixture, Request>> WRITES = WebhookFixture.withWrites(
            "members",
            Map.ofEntries(
                    Map.entry(
                            "POST /api/v1/members",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/members",
                                    Members.body("Hà Văn Vào", f.cell, Members.nationalId(), true))),
                    Map.entry(
                            "PUT /api/v1/members/{id}",
                            f -> Request.json(
                                    "PUT",
                                    "/api/v1/members/" + f.member,
                                    "{\"fullName\":\"Hà Văn Đổi\",\"dateOfBirth\":\"1985-04-12\",\"gender\":\"MALE\"}")),
                    Map.entry(
                            "POST /api/v1/members/{id}/recognitions",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/members/" + f.probationary + "/recognitions",
                                    "{\"date\":\"2011-05-19\"}")),
                    Map.entry(
                            "POST /api/v1/members/{id}/moves",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/members/" + f.probationary + "/moves",
                                    "{\"toOrganizationId\":\"" + f.otherCell + "\",\"date\":\"2020-03-01\"}")),
                    Map.entry(
                            "POST /api/v1/members/{id}/departures",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/members/" + f.probationary + "/departures",
                                    "{\"kind\":\"STRUCK_OFF\",\"date\":\"2024-01-01\"}")),
                    Map.entry(
                            "POST /api/v1/members/{id}/exemptions",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/members/" + f.probationary + "/exemptions",
                                    "{\"date\":\"2024-01-01\"}")),
                    Map.entry(
                            "POST /api/v1/committees",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/committees",
                                    Committees.body(f.organization, "INSPECTION_COMMITTEE"))),
                    Map.entry(
                            "POST /api/v1/committees/batch",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/committees/batch",
                                    "{\"items\":[" + Committees.body(f.organization, "INSPECTION_COMMITTEE") + "]}")),
                    Map.entry(
                            "POST /api/v1/positions",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/positions",
                                    "{\"committeeId\":\"" + f.committee + "\",\"memberId\":\"" + f.spare
                                            + "\",\"position\":\"DEPUTY_SECRETARY\",\"appointment\":\"ELECTED\",\"startsOn\":\"2025-06-20\"}")),
                    Map.entry(
                            "POST /api/v1/positions/{id}/responsibilities",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/positions/" + f.position + "/responsibilities",
                                    "{\"field\":\"Công tác dân vận\",\"followedOrganizationId\":\"" + f.otherCell
                                            + "\"}")),
                    Map.entry(
                            "POST /api/v1/committees/{id}/responsibilities/batch",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/committees/" + f.committee + "/responsibilities/batch",
                                    "{\"items\":[{\"positionId\":\"" + f.position
                                            + "\",\"field\":\"Công tác dân vận\",\"followedOrganizationId\":\""
                                            + f.otherCell + "\"}]}")),
                    Map.entry(
                            "POST /api/v1/positions/{id}/terminations",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/positions/" + f.position + "/terminations",
                                    "{\"endsOn\":\"2026-12-31\",\"reason\":\"ROTATION\"}")),
                    Map.entry(
                            "POST /api/v1/members/exports",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/members/exports",
                                    "{\"organizationId\":\"" + f.organization + "\"}")),
                    Map.entry(
                            "POST /api/v1/positions/exports",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/positions/exports",
                                    "{\"organizationId\":\"" + f.organization + "\"}")),
                    Map.entry(
                            "POST /api/v1/members/imports",
                            f -> new Request(
                                    "POST",
                                    "/api/v1/members/imports",
                                    "text/csv",
                                    ImportTest.CSV_HEADER
                                            + ImportTest.csvRow(
                                                    "Hà Văn Nhập", Members.nationalId(), f.cell, "2011-05-19", "x"))),
                    Map.entry(
                            "POST /api/v1/positions/imports",
                            f -> new Request("POST", "/api/v1/positions/imports", "text/csv", f.positionsCsv())),
                    Map.entry(
                            "POST /api/v1/members/{id}/vettings",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/members/" + f.member + "/vettings",
                                    "{\"purpose\":\"APPOINTMENT\",\"conclusion\":\"Cần xem xét\",\"concludedOn\":\"2024-07-01\"}")),
                    Map.entry(
                            "POST /api/v1/succession-plans",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/succession-plans",
                                    "{\"organizationId\":\"" + f.organization
                                            + "\",\"committeeKind\":\"INSPECTION_COMMITTEE\",\"position\":\"CHAIR\",\"termStartYear\":2025,\"termEndYear\":2030}")),
                    Map.entry(
                            "POST /api/v1/succession-plans/{id}/candidates",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/succession-plans/" + f.plan + "/candidates",
                                    "{\"memberId\":\"" + f.spare + "\",\"addedOn\":\"2024-03-01\"}")),
                    Map.entry(
                            "POST /api/v1/succession-plans/{id}/candidates/{candidateId}/removals",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/succession-plans/" + f.plan + "/candidates/" + f.candidate + "/removals",
                                    "{\"reason\":\"LOW_CONFIDENCE_VOTE\",\"removedOn\":\"2024-09-01\"}")),
                    // A new level named as the fixture's unmapped IT text: the member who wrote it reads differently.
                    Map.entry(
                            "POST /api/v1/qualification-levels",
                            f -> Request.json(
                                    "POST",
                                    "/api/v1/qualification-levels",
                                    "{\"kind\":\"IT\",\"code\":\"NEW_" + hex() + "\",\"label\":\"" + f.skill + "\"}")),
                    Map.entry(
                            "PUT /api/v1/qualification-levels/{id}",
                            f -> Request.json(
                                    "PUT",
                                    "/api/v1/qualification-levels/" + f.level,
                                    "{\"code\":\"" + f.levelCode + "\",\"label\":\"Tin học đổi tên " + f.levelCode
                                            + "\",\"aliases\":[\"" + f.skill + "\"]}"))));

    private static String hex() {
        return Long.toHexString(System.nanoTime()).toUpperCase(Locale.ROOT);
    }

    private String positionsCsv() {
        return "memberNationalId,committeeId,position,appointment,decisionNumber,startsOn,endsOn,endReason\n"
                + spareNationalId + "," + committee + ",MEMBER,ELECTED,20-QĐ/ĐUK,2025-06-20,,\n";
    }

    private String memberImport() {
        return submitted(
                "/api/v1/members/imports",
                ImportTest.CSV_HEADER
                        + ImportTest.csvRow("Hà Văn Nhập", Members.nationalId(), cell, "2011-05-19", "x"));
    }

    /** An export of the fixture's organization by an admin, once its content can be read. */
    private String memberExport() {
        return exported("/api/v1/members/exports");
    }

    private String positionExport() {
        return exported("/api/v1/positions/exports");
    }

    private String exported(String exports) {
        return ExportClient.exported(exports, admin(), "{\"organizationId\":\"" + organization + "\"}");
    }

    private String positionImport() {
        return submitted("/api/v1/positions/imports", positionsCsv());
    }

    private static String submitted(String path, String csv) {
        String location = given().auth()
                .oauth2(admin())
                .contentType("text/csv")
                .body(csv.getBytes(StandardCharsets.UTF_8))
                .post(path)
                .then()
                .statusCode(202)
                .extract()
                .header("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private static UUID created(String path, String body) {
        return UUID.fromString(JsonBodies.createdId(given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body(body)
                .post(path)
                .then()));
    }
}
