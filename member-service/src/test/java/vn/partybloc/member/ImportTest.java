package vn.partybloc.member;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.partybloc.member.Members.admin;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.DocumentedEvent.Organization;
import vn.partybloc.testing.InvalidRequestsOnPurpose;
import vn.partybloc.testing.PostgresResource;
import vn.partybloc.testing.Tokens;

@QuarkusTest
class ImportTest {

    static final String CSV_HEADER =
            "fullName,dateOfBirth,gender,nationalId,admittedOn,fullMemberSince,organizationId,degree,jobTitle,decisionNumber\n";

    static String csvRow(String name, String nationalId, UUID cell, String fullMemberSince, String jobTitle) {
        return "\"%s\",1985-04-12,MALE,%s,2010-05-19,%s,%s,MASTER,\"%s\",15-QĐ/ĐU\n"
                .formatted(name, nationalId, fullMemberSince == null ? "" : fullMemberSince, cell, jobTitle);
    }

    /** Sends a file and waits for its job to end; returns the finished job. */
    static JsonPath importFile(String token, String path, String contentType, String body) {
        return importFile(token, path, contentType, body, Duration.ofMillis(100));
    }

    /** As {@link #importFile(String, String, String, String)}, asking for the job every {@code pollInterval}. */
    static JsonPath importFile(String token, String path, String contentType, String body, Duration pollInterval) {
        String location = given().auth()
                .oauth2(token)
                .contentType(contentType)
                .body(body.getBytes(StandardCharsets.UTF_8))
                .post(path)
                .then()
                .log()
                .ifValidationFails()
                .statusCode(202)
                .body("status", equalTo("QUEUED"))
                .extract()
                .header("Location");
        return awaitJob(token, location, pollInterval);
    }

    /** Follows an import job until it ends; returns the finished job. */
    static JsonPath awaitJob(String token, String location) {
        return awaitJob(token, location, Duration.ofMillis(100));
    }

    private static JsonPath awaitJob(String token, String location, Duration pollInterval) {
        return Awaitility.await()
                .atMost(Duration.ofMinutes(5))
                .pollInterval(pollInterval)
                .until(
                        () -> given().auth()
                                .oauth2(token)
                                .get(location)
                                .then()
                                .statusCode(200)
                                .extract()
                                .jsonPath(),
                        job -> List.of("DONE", "FAILED").contains(job.getString("status")));
    }

    @Inject
    MeterRegistry meters;

    private double rowsRead() {
        return meters.get("imports.rows").tag("kind", "MEMBERS").counter().count();
    }

    @Test
    void aCsvFileIsUpsertedByNationalIdAndImportingItAgainChangesNothing() throws SQLException {
        UUID cell = Organization.child(Organization.bloc(), "GRASSROOTS_CELL").id();
        List<String> ids =
                IntStream.range(0, 40).mapToObj(i -> Members.nationalId()).toList();
        String file = CSV_HEADER
                + ids.stream()
                        .map(id -> csvRow("Nguyễn Văn Nhập, " + id, id, cell, "2011-05-19", "Chuyên viên"))
                        .collect(Collectors.joining());
        double rowsBefore = rowsRead();

        JsonPath first = importFile(admin(), "/api/v1/members/imports", "text/csv", file);
        assertEquals("DONE", first.getString("status"));
        assertEquals(40, rowsRead() - rowsBefore, "the rows are counted on imports_rows_total");
        assertEquals(0, meters.get("imports.running").gauge().value(), "no job runs once it is done");
        assertEquals(Map.of("total", 40, "created", 40, "unchanged", 0, "failed", 0), counts(first));
        given().auth()
                .oauth2(admin())
                .queryParam("organizationId", cell.toString())
                .queryParam("size", 100)
                .get("/api/v1/members")
                .then()
                .body("items.size()", equalTo(40))
                .body("items[0].membershipKind", equalTo("FULL"));
        long events = outboxRows(cell);
        assertEquals(40, events, "one MemberAdmitted per created member");

        JsonPath again = importFile(admin(), "/api/v1/members/imports", "text/csv", file);
        assertEquals(Map.of("total", 40, "created", 0, "unchanged", 40, "failed", 0), counts(again));
        assertEquals(events, outboxRows(cell), "an unchanged row publishes nothing");
        given().auth()
                .oauth2(admin())
                .queryParam("organizationId", cell.toString())
                .queryParam("size", 100)
                .get("/api/v1/members")
                .then()
                .body("items.version.unique()", equalTo(List.of(0)));
    }

    /**
     * A CSV file has no types: a cell is text, read as its column's type (JSON bodies are strict, a CSV cell cannot be),
     * while the input policy's other rules still hold for it.
     */
    @Test
    void aCsvCellIsReadAsItsColumnsTypeAndTheInputPolicyStillHolds() {
        UUID cell = Organization.child(Organization.bloc(), "GRASSROOTS_CELL").id();
        String heads = Members.nationalId();
        String old = Members.nationalId();
        String header = CSV_HEADER.replace("\n", ",headsHostUnit\n");
        String file = header
                + csvRow("Trần Thị Đứng Đầu", heads, cell, "2011-05-19", "Giám đốc")
                        .replace("\n", ",true\n")
                + csvRow("Lê Văn Cũ", old, cell, "2011-05-19", "Chuyên viên")
                        .replace("1985-04-12", "1899-12-31")
                        .replace("\n", ",false\n");

        JsonPath job = importFile(admin(), "/api/v1/members/imports", "text/csv", file);

        assertEquals(Map.of("total", 2, "created", 1, "unchanged", 0, "failed", 1), counts(job));
        assertEquals("dateOfBirth", job.getString("errors.find { it.row == 2 }.field"));
        String id = given().auth()
                .oauth2(admin())
                .queryParam("organizationId", cell.toString())
                .queryParam("q", "Trần Thị Đứng Đầu")
                .get("/api/v1/members")
                .then()
                .body("items.size()", equalTo(1))
                .extract()
                .path("items[0].id");
        given().auth()
                .oauth2(admin())
                .get("/api/v1/members/" + id)
                .then()
                .statusCode(200)
                .body("headsHostUnit", equalTo(true));
    }

    @Test
    void changedRowsUpdateAndADatedFullMembershipIsARecognition() {
        UUID cell = Organization.child(Organization.bloc(), "GRASSROOTS_CELL").id();
        String a = Members.nationalId();
        String b = Members.nationalId();
        importFile(
                admin(),
                "/api/v1/members/imports",
                "text/csv",
                CSV_HEADER
                        + csvRow("Trần Thị Một", a, cell, null, "Kế toán")
                        + csvRow("Lê Văn Hai", b, cell, null, "Lái xe"));

        JsonPath job = importFile(
                admin(),
                "/api/v1/members/imports",
                "text/csv",
                CSV_HEADER
                        + csvRow("Trần Thị Một", a, cell, null, "Kế toán trưởng")
                        + csvRow("Lê Văn Hai", b, cell, "2011-06-01", "Lái xe"));
        assertEquals(2, job.getInt("updatedRows"));
        JsonPath members = given().auth()
                .oauth2(admin())
                .queryParam("organizationId", cell.toString())
                .queryParam("sort", "fullName")
                .get("/api/v1/members")
                .then()
                .extract()
                .jsonPath();
        assertEquals("Lái xe", members.getString("items.find { it.fullName == 'Lê Văn Hai' }.jobTitle"));
        assertEquals("FULL", members.getString("items.find { it.fullName == 'Lê Văn Hai' }.membershipKind"));
        assertEquals("Kế toán trưởng", members.getString("items.find { it.fullName == 'Trần Thị Một' }.jobTitle"));
        String hai = members.getString("items.find { it.fullName == 'Lê Văn Hai' }.id");
        given().auth()
                .oauth2(admin())
                .get("/api/v1/members/" + hai + "/history")
                .then()
                .body("kind", equalTo(List.of("ADMITTED", "RECOGNISED_FULL")));
    }

    @Test
    void badRowsAreRefusedOneByOneWithTheirRowNumberAndTheGoodOnesImported() {
        String file = badRows();
        JsonPath job = importFile(admin(), "/api/v1/members/imports", "application/x-ndjson", file);
        assertEquals("DONE", job.getString("status"));
        assertEquals(8, job.getInt("totalRows"));
        assertEquals(1, job.getInt("createdRows"));
        assertEquals(7, job.getInt("failedRows"));
        assertEquals(
                List.of(2, 3, 4, 5, 6, 7, 9),
                job.getList("errors.row", Integer.class).stream().distinct().toList());
        assertEquals("MEM-NATIONAL-ID", job.getString("errors.find { it.row == 3 }.rule"));
        assertEquals("MEM-CELL", job.getString("errors.find { it.row == 4 }.rule"));
        assertEquals("nationalId", job.getString("errors.find { it.row == 5 }.field"));
        assertEquals("IMP-CELL", job.getString("errors.find { it.row == 6 }.rule"));
        assertEquals("shoeSize", job.getString("errors.find { it.row == 7 }.field"));
        assertEquals("fullName", job.getString("errors.find { it.row == 9 }.field"));
    }

    /**
     * A members file of nine rows, one of each way a row is refused: row 1 imported, 2 not JSON, 3 a national id the
     * mapping refuses (MEM-NATIONAL-ID), 4 a member of a committee rather than a cell (MEM-CELL), 5 row 1 repeated, 6 a
     * member registered in another cell (IMP-CELL), 7 an unknown property, 8 empty, 9 a blank name.
     */
    private static String badRows() {
        UUID cell = Organization.child(Organization.bloc(), "GRASSROOTS_CELL").id();
        UUID committee =
                Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE").id();
        UUID elsewhere =
                Organization.child(Organization.bloc(), "GRASSROOTS_CELL").id();
        String moved = Members.nationalId();
        importFile(
                admin(),
                "/api/v1/members/imports",
                "text/csv",
                CSV_HEADER + csvRow("Phạm Văn Cũ", moved, elsewhere, null, "x"));
        String good = Members.nationalId();
        String line =
                "{\"fullName\":\"%s\",\"dateOfBirth\":\"1985-04-12\",\"gender\":\"MALE\",\"nationalId\":\"%s\",\"admittedOn\":\"2010-05-19\",\"organizationId\":\"%s\"}";
        return String.join(
                        "\n",
                        line.formatted("Đúng", good, cell), // 1: imported
                        "{not json", // 2
                        line.formatted("Ngắn", "12345", cell), // 3: MEM-NATIONAL-ID
                        line.formatted("Sai chỗ", Members.nationalId(), committee), // 4: MEM-CELL
                        line.formatted("Lặp", good, cell), // 5: repeats row 1
                        line.formatted("Chuyển", moved, cell), // 6: IMP-CELL
                        "{\"fullName\":\"X\",\"shoeSize\":42}", // 7: unknown property
                        "",
                        line.formatted("", Members.nationalId(), cell))
                + "\n"; // 9: blank name
    }

    /**
     * Row errors are read in the reader's language, as problems are: staff follow an import in Vietnamese, an HR
     * system in English, whoever submitted it. Each of the ways a row is refused: unreadable, an unknown property, a
     * bean constraint, a rule when the row is mapped, a repeat in the file, and the importer's own rules.
     */
    @Test
    void rowErrorsAreReadInTheLanguageTheReaderAsksFor() {
        String file = badRows();
        String location = given().auth()
                .oauth2(admin())
                .header("Accept-Language", "vi")
                .contentType("application/x-ndjson")
                .body(file.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/members/imports")
                .then()
                .statusCode(202)
                .extract()
                .header("Location");
        awaitJob(admin(), location);

        Map<Integer, String> english = messages(location, "en");
        Map<Integer, String> vietnamese = messages(location, "vi-VN,vi;q=0.9,en;q=0.5");
        assertEquals(List.of(2, 3, 4, 5, 6, 7, 9), List.copyOf(vietnamese.keySet()));
        assertEquals(english.keySet(), vietnamese.keySet());
        assertEquals("không phải JSON hợp lệ", vietnamese.get(2));
        assertEquals("lặp lại dòng 1 của tệp này", vietnamese.get(5));
        assertEquals("repeats row 1 of this file", english.get(5));
        assertTrue(
                vietnamese.get(6).startsWith("Số định danh cá nhân này đã đăng ký ở một chi bộ khác"),
                vietnamese.get(6));
        assertEquals("thuộc tính không tồn tại hoặc chỉ được đọc", vietnamese.get(7));
        assertEquals("không được để trống", vietnamese.get(9));
        english.forEach((row, message) ->
                assertTrue(!message.equals(vietnamese.get(row)), "row " + row + " the same in both: " + message));
    }

    /**
     * A job whose process died is failed by the heartbeat, its failure read in the reader's language; one stored before
     * the texts were kept in both languages reads as its English in either.
     */
    @Test
    void aJobsFailureIsReadInTheReadersLanguageAndAnOlderJobsInItsEnglish() throws SQLException {
        UUID orphaned = UUID.randomUUID();
        UUID older = UUID.randomUUID();
        execute("""
                insert into import_jobs (id, kind, format, status, total_rows, submitted_by, submitted_at, heartbeat_at)
                values ('%s', 'MEMBERS', 'text/csv', 'RUNNING', 3, 'someone', now() - interval '1 hour',
                        now() - interval '1 hour')""".formatted(orphaned));
        execute("""
                insert into import_jobs (id, kind, format, status, total_rows, failed_rows, failure, submitted_by,
                                         submitted_at, finished_at, heartbeat_at)
                values ('%s', 'MEMBERS', 'text/csv', 'FAILED', 1, 1, 'The import stopped: disk full.', 'someone',
                        now(), now(), now())""".formatted(older));
        execute("""
                insert into import_row_errors (job_id, row_number, field, rule, message)
                values ('%s', 1, 'fullName', null, 'must not be blank')""".formatted(older));

        String location = "/api/v1/members/imports/" + orphaned;
        assertEquals("FAILED", awaitJob(admin(), location).getString("status"));
        assertTrue(failure(location, "en").startsWith("The process running this import stopped."));
        assertTrue(failure(location, "vi").startsWith("Tiến trình xử lý lượt nhập dữ liệu này đã dừng."));

        String olderLocation = "/api/v1/members/imports/" + older;
        assertEquals("The import stopped: disk full.", failure(olderLocation, "vi"));
        assertEquals(Map.of(1, "must not be blank"), messages(olderLocation, "vi"));
    }

    private static String failure(String location, String acceptLanguage) {
        return given().auth()
                .oauth2(admin())
                .header("Accept-Language", acceptLanguage)
                .get(location)
                .then()
                .statusCode(200)
                .extract()
                .path("failure");
    }

    private static void execute(String sql) throws SQLException {
        try (Connection c = PostgresResource.connect();
                PreparedStatement s = c.prepareStatement(sql)) {
            s.executeUpdate();
        }
    }

    /** A job's row errors by row, read in the language {@code acceptLanguage} prefers. */
    private static Map<Integer, String> messages(String location, String acceptLanguage) {
        JsonPath job = given().auth()
                .oauth2(admin())
                .header("Accept-Language", acceptLanguage)
                .get(location)
                .then()
                .statusCode(200)
                .header("Content-Language", acceptLanguage.startsWith("vi") ? "vi" : "en")
                .extract()
                .jsonPath();
        Map<Integer, String> byRow = new TreeMap<>();
        for (Map<String, Object> error : job.<Map<String, Object>>getList("errors")) {
            byRow.merge((Integer) error.get("row"), (String) error.get("message"), (a, b) -> a + "; " + b);
        }
        return byRow;
    }

    @Test
    @InvalidRequestsOnPurpose // an XML body, which the document does not allow, must be answered 415
    void aFileThatCannotBeReadIsRefusedWholeBeforeAnyJob() throws SQLException {
        long jobs = count("select count(*) from import_jobs");
        given().auth()
                .oauth2(admin())
                .contentType("text/csv")
                .body("fullName,shoeSize\nA,42\n")
                .post("/api/v1/members/imports")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("shoeSize"));
        given().auth()
                .oauth2(admin())
                .contentType("text/csv")
                .body(new byte[] {(byte) 0xC3, 0x28, 0x0A})
                .post("/api/v1/members/imports")
                .then()
                .statusCode(400)
                .body("detail", containsString("UTF-8"));
        given().auth()
                .oauth2(admin())
                .contentType("text/csv")
                .body(CSV_HEADER.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/members/imports")
                .then()
                .statusCode(400)
                .body("detail", containsString("no rows"));
        given().auth()
                .oauth2(admin())
                .contentType("application/xml")
                .body("<members/>")
                .post("/api/v1/members/imports")
                .then()
                .statusCode(415)
                .contentType("application/problem+json");
        assertEquals(jobs, count("select count(*) from import_jobs"));
    }

    @Test
    void aSecretaryImportsOnlyIntoTheirSubtreeAndSeesOnlyTheirOwnJobs() {
        Organization mine = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        UUID myCell = Organization.child(mine, "SUBORDINATE_CELL").id();
        UUID otherCell =
                Organization.child(Organization.bloc(), "GRASSROOTS_CELL").id();
        String secretary = Tokens.secretaryOf(mine.id());
        JsonPath job = importFile(
                secretary,
                "/api/v1/members/imports",
                "text/csv",
                CSV_HEADER
                        + csvRow("Của tôi", Members.nationalId(), myCell, null, "x")
                        + csvRow("Không phải", Members.nationalId(), otherCell, null, "x"));
        assertEquals(1, job.getInt("createdRows"));
        assertEquals(2, job.getInt("errors[0].row"));
        given().auth()
                .oauth2(admin())
                .queryParam("organizationId", otherCell.toString())
                .get("/api/v1/members")
                .then()
                .body("items.size()", equalTo(0));

        String adminJob = given().auth()
                .oauth2(admin())
                .contentType("text/csv")
                .body((CSV_HEADER + csvRow("Quản trị", Members.nationalId(), otherCell, null, "x"))
                        .getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/members/imports")
                .then()
                .statusCode(202)
                .extract()
                .path("id");
        given().auth()
                .oauth2(secretary)
                .get("/api/v1/members/imports/" + adminJob)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.as("viewer"))
                .contentType("text/csv")
                .body(CSV_HEADER.getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/members/imports")
                .then()
                .statusCode(403);
        given().auth()
                .oauth2(admin())
                .get("/api/v1/positions/imports/" + adminJob)
                .then()
                .statusCode(404);
    }

    @Test
    void anImportJobIsReadOnlyByItsSubmitterAndAdmins() {
        UUID cell = Organization.child(Organization.bloc(), "GRASSROOTS_CELL").id();
        String organizer = Tokens.as("organizer");
        String integration = Tokens.as("integration");
        JsonPath organizersJob = importFile(
                organizer,
                "/api/v1/members/imports",
                "text/csv",
                CSV_HEADER + csvRow("Người Tổ Chức Nhập", Members.nationalId(), cell, null, "x"));
        JsonPath integrationsJob = importFile(
                integration,
                "/api/v1/members/imports",
                "text/csv",
                CSV_HEADER + csvRow("Hệ Thống Nhân Sự Nhập", Members.nationalId(), cell, null, "x"));

        for (String token : List.of(organizer, admin())) {
            given().auth()
                    .oauth2(token)
                    .get("/api/v1/members/imports/" + organizersJob.getString("id"))
                    .then()
                    .statusCode(200);
        }
        // to another caller, a job reads exactly like one that does not exist
        String unknown = UUID.randomUUID().toString();
        String nobodys = given().auth()
                .oauth2(integration)
                .get("/api/v1/members/imports/" + unknown)
                .then()
                .statusCode(404)
                .extract()
                .path("detail");
        given().auth()
                .oauth2(integration)
                .get("/api/v1/members/imports/" + organizersJob.getString("id"))
                .then()
                .statusCode(404)
                .body("detail", equalTo(nobodys.replace(unknown, organizersJob.getString("id"))));
        given().auth()
                .oauth2(organizer)
                .get("/api/v1/members/imports/" + integrationsJob.getString("id"))
                .then()
                .statusCode(404);
    }

    @Test
    void positionsAreUpsertedByTheirNaturalKeyMeetingEveryPositionRule() {
        UUID cell = Organization.child(Organization.bloc(), "GRASSROOTS_CELL").id();
        String secretaryId = Members.nationalId();
        String deputyId = Members.nationalId();
        String probationaryId = Members.nationalId();
        importFile(
                admin(),
                "/api/v1/members/imports",
                "text/csv",
                CSV_HEADER
                        + csvRow("Bí Thư", secretaryId, cell, "2011-05-19", "x")
                        + csvRow("Phó Bí Thư", deputyId, cell, "2011-05-19", "x")
                        + csvRow("Dự Bị", probationaryId, cell, null, "x"));
        String committee = Committees.committee(cell, "CELL_COMMITTEE").toString();
        String header = "memberNationalId,committeeId,position,appointment,decisionNumber,startsOn,endsOn,endReason\n";
        String file = header
                + secretaryId + "," + committee + ",SECRETARY,ELECTED,20-QĐ/ĐUK,2025-06-20,,\n"
                + deputyId + "," + committee + ",DEPUTY_SECRETARY,ELECTED,20-QĐ/ĐUK,2025-06-20,,\n"
                + probationaryId + "," + committee + ",MEMBER,ELECTED,20-QĐ/ĐUK,2025-06-20,,\n"
                + deputyId + "," + committee + ",SECRETARY,APPOINTED,21-QĐ/ĐUK,2025-07-01,,\n";
        JsonPath job = importFile(admin(), "/api/v1/positions/imports", "text/csv", file);
        assertEquals(2, job.getInt("createdRows"));
        assertEquals("POS-FULL-MEMBER", job.getString("errors.find { it.row == 3 }.rule"));
        assertEquals("POS-ONE-SECRETARY", job.getString("errors.find { it.row == 4 }.rule"));

        JsonPath again = importFile(
                admin(),
                "/api/v1/positions/imports",
                "text/csv",
                header
                        + secretaryId + "," + committee + ",SECRETARY,ELECTED,20-QĐ/ĐUK,2025-06-20,,\n"
                        + deputyId + "," + committee
                        + ",DEPUTY_SECRETARY,ELECTED,20-QĐ/ĐUK,2025-06-20,2025-12-31,ROTATION\n");
        assertEquals(1, again.getInt("unchangedRows"));
        assertEquals(1, again.getInt("updatedRows"));
        given().auth()
                .oauth2(admin())
                .get("/api/v1/committees/" + committee + "/positions")
                .then()
                .body("find { it.position == 'DEPUTY_SECRETARY' }.endReason", equalTo("ROTATION"))
                .body("size()", equalTo(2));
    }

    /**
     * A chunk of rows is imported in one transaction: each row still meets the rules against the rows before it in the
     * same file, and a row refused for one of them leaves the others in.
     */
    @Test
    void aPositionRowIsCheckedAgainstTheRowsBeforeItInTheSameFile() throws SQLException {
        UUID cell = Organization.child(Organization.bloc(), "GRASSROOTS_CELL").id();
        String first = Members.nationalId();
        String second = Members.nationalId();
        String deputy = Members.nationalId();
        importFile(
                admin(),
                "/api/v1/members/imports",
                "text/csv",
                CSV_HEADER
                        + csvRow("Bí Thư Một", first, cell, "2011-05-19", "x")
                        + csvRow("Bí Thư Hai", second, cell, "2011-05-19", "x")
                        + csvRow("Phó Bí Thư", deputy, cell, "2011-05-19", "x"));
        String committee = Committees.committee(cell, "CELL_COMMITTEE").toString();
        JsonPath job = importFile(
                admin(),
                "/api/v1/positions/imports",
                "text/csv",
                "memberNationalId,committeeId,position,appointment,decisionNumber,startsOn,endsOn,endReason\n"
                        + first + "," + committee + ",SECRETARY,ELECTED,20-QĐ/ĐUK,2025-06-20,,\n"
                        + second + "," + committee + ",SECRETARY,ELECTED,20-QĐ/ĐUK,2025-06-20,,\n"
                        + deputy + "," + committee + ",DEPUTY_SECRETARY,ELECTED,20-QĐ/ĐUK,2025-06-20,,\n");
        assertEquals(2, job.getInt("createdRows"));
        assertEquals(1, job.getInt("failedRows"));
        assertEquals("POS-ONE-SECRETARY", job.getString("errors.find { it.row == 2 }.rule"));
        given().auth()
                .oauth2(admin())
                .get("/api/v1/committees/" + committee + "/positions")
                .then()
                .body("size()", equalTo(2));
        assertEquals(
                1,
                count("select count(*) from positions p join members m on m.id = p.member_id"
                        + " where p.position = 'SECRETARY' and m.national_id = '" + first + "'"));
    }

    /**
     * IMP-DIFFERS: an import records new positions and their ends; it never rewrites one already recorded. One row per
     * file, as a file refuses a row repeating another's position.
     */
    @Test
    void aPositionRowThatRewritesARecordedPositionIsRefusedAndTheSameRowOrItsEndIsAccepted() {
        UUID cell = Organization.child(Organization.bloc(), "GRASSROOTS_CELL").id();
        String nationalId = Members.nationalId();
        importFile(
                admin(),
                "/api/v1/members/imports",
                "text/csv",
                CSV_HEADER + csvRow("Ủy Viên", nationalId, cell, "2011-05-19", "x"));
        String committee = Committees.committee(cell, "CELL_COMMITTEE").toString();
        String position = nationalId + "," + committee + ",DEPUTY_SECRETARY,";
        String held = position + "ELECTED,20-QĐ/ĐUK,2025-06-20,";
        assertEquals(1, importPosition(held + ",").getInt("createdRows"));

        for (String rewrite : List.of(
                position + "APPOINTED,20-QĐ/ĐUK,2025-06-20,,", // another appointment
                position + "ELECTED,21-QĐ/ĐUK,2025-06-20,,")) { // another decision
            assertEquals("IMP-DIFFERS", importPosition(rewrite).getString("errors[0].rule"), rewrite);
        }
        assertEquals(1, importPosition(held + ",").getInt("unchangedRows"));
        assertEquals(1, importPosition(held + "2025-12-31,ROTATION").getInt("updatedRows"));
        assertEquals("IMP-DIFFERS", importPosition(held + "2026-03-31,ROTATION").getString("errors[0].rule"));
        assertEquals(1, importPosition(held + "2025-12-31,ROTATION").getInt("unchangedRows"));

        given().auth()
                .oauth2(admin())
                .get("/api/v1/committees/" + committee + "/positions")
                .then()
                .body("size()", equalTo(1))
                .body("[0].appointment", equalTo("ELECTED"))
                .body("[0].decisionNumber", equalTo("20-QĐ/ĐUK"))
                .body("[0].endsOn", equalTo("2025-12-31"));
    }

    private static JsonPath importPosition(String row) {
        return importFile(
                admin(),
                "/api/v1/positions/imports",
                "text/csv",
                "memberNationalId,committeeId,position,appointment,decisionNumber,startsOn,endsOn,endReason\n" + row
                        + "\n");
    }

    private static Map<String, Integer> counts(JsonPath job) {
        return Map.of(
                "total",
                job.getInt("totalRows"),
                "created",
                job.getInt("createdRows"),
                "unchanged",
                job.getInt("unchangedRows"),
                "failed",
                job.getInt("failedRows"));
    }

    private static long outboxRows(UUID cell) throws SQLException {
        return count(
                "select count(*) from outbox where event_type = 'MemberAdmitted' and payload->>'organizationId' = '"
                        + cell + "'");
    }

    static long count(String sql) throws SQLException {
        try (Connection c = PostgresResource.connect();
                PreparedStatement s = c.prepareStatement(sql);
                ResultSet rs = s.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aRowErrorNamesNoMemberTheImporterMayNotSee() {
        Organization mine = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        UUID myCell = Organization.child(mine, "SUBORDINATE_CELL").id();
        UUID otherCell =
                Organization.child(Organization.bloc(), "GRASSROOTS_CELL").id();
        String id = Members.nationalId();
        String registered = given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body(Members.body("Ở Nơi Khác", otherCell, id, false))
                .post("/api/v1/members")
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        JsonPath bySecretary = importFile(
                Tokens.secretaryOf(mine.id()),
                "/api/v1/members/imports",
                "text/csv",
                CSV_HEADER + csvRow("Ở Nơi Khác", id, myCell, null, "x"));
        assertEquals(1, bySecretary.getInt("failedRows"));
        assertEquals(
                "This person cannot be registered in this cell; ask the organization department",
                bySecretary.getString("errors[0].message"));
        assertEquals(null, bySecretary.getString("errors[0].rule"));

        JsonPath byAdmin = importFile(
                admin(),
                "/api/v1/members/imports",
                "text/csv",
                CSV_HEADER + csvRow("Ở Nơi Khác", id, myCell, null, "x"));
        assertEquals("IMP-CELL", byAdmin.getString("errors[0].rule"));
        assertTrue(byAdmin.getString("errors[0].message").contains(registered), byAdmin.prettify());
    }
}
