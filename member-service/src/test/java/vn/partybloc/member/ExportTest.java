package vn.partybloc.member;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.partybloc.member.Members.admin;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.partybloc.member.rest.MemberResponse;
import vn.partybloc.platform.exports.ExportCsv;
import vn.partybloc.testing.DocumentedEvent.Organization;
import vn.partybloc.testing.ExportClient;
import vn.partybloc.testing.InvalidRequestsOnPurpose;
import vn.partybloc.testing.Tokens;

@QuarkusTest
class ExportTest {

    private static final String EXPORTS = "/api/v1/members/exports";
    private static final String FEED = "/api/v1/changes/members";

    /** A member as an integrator holds it: the name and the version its changes carry. */
    private record Held(String fullName, int version) {}

    /**
     * Issue 19: a first full sync by export, then the changes feed after the export's cursor, under writes that run
     * all the while: every event after the cursor is a change the export does not hold (nothing counted twice), and
     * the export with those events applied is the register as it stands afterwards (nothing missed).
     */
    @Test
    void theExportAndTheFeedAfterItsCursorAddUpToTheRegisterUnderConcurrentWrites() throws Exception {
        Organization committee = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        UUID cell = Organization.child(committee, "SUBORDINATE_CELL").id();
        List<UUID> founders = Members.admitFull(cell, 12);
        String integration = Tokens.as("integration");
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger written = new AtomicInteger();
        ExecutorService writer = Executors.newSingleThreadExecutor();
        Future<?> writes = writer.submit(() -> {
            while (writing.get()) {
                int n = written.get();
                if (n % 2 == 0) {
                    Members.admit("Người Mới " + n, cell, true);
                } else {
                    rename(founders.get(n % founders.size()), "Người Đổi Tên " + n);
                }
                written.incrementAndGet();
            }
            return null;
        });
        String exported;
        try {
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> written.get() >= 6);
            exported = finished(export(integration, "{\"organizationId\":\"" + committee.id() + "\"}"), integration)
                    .getString("id");
            int atDone = written.get();
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> written.get() >= atDone + 6);
        } finally {
            writing.set(false);
            writer.shutdown();
        }
        writes.get();
        // The job is read again after the writes: done is done, its cursor does not move.
        JsonPath job = given().auth()
                .oauth2(integration)
                .get("/api/v1/members/exports/" + exported)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        Map<String, Held> held = new HashMap<>();
        List<Map<String, Object>> lines = content(job.getString("id"), integration);
        lines.forEach(line -> held.put(
                (String) line.get("id"), new Held((String) line.get("fullName"), (Integer) line.get("version"))));
        assertEquals(job.getInt("records"), lines.size(), "the job counts the lines of its content");
        assertTrue(lines.stream().noneMatch(line -> line.containsKey("nationalId")), "as the list shows integration");
        assertTrue(
                held.keySet().containsAll(founders.stream().map(UUID::toString).toList()));

        int after = 0;
        for (Map<String, Object> event : feedAfter(job.getString("cursor"), integration)) {
            @SuppressWarnings("unchecked")
            Map<String, Object> data = (Map<String, Object>) event.get("data");
            if (!cell.toString().equals(data.get("organizationId"))) {
                continue;
            }
            String id = (String) data.get("memberId");
            Held before = held.get(id);
            int version = (Integer) data.get("version");
            assertTrue(
                    before == null || version > before.version(),
                    event.get("type") + " of " + id + " at version " + version + " is after the cursor, yet the export"
                            + " holds version " + (before == null ? null : before.version()));
            held.put(id, new Held((String) data.get("fullName"), version));
            after++;
        }
        assertTrue(after >= 6, "writes landed after the snapshot: " + after);
        assertTrue(held.size() > founders.size() && lines.size() > founders.size(), "and before it");
        assertEquals(register(committee.id()), held);
    }

    /** The export shows each member as the list shows them to its creator, and only to them and to admins. */
    @Test
    void anExportIsTheCreatorsAndShowsWhatTheirListShows() {
        Organization committee = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        UUID cell = Organization.child(committee, "SUBORDINATE_CELL").id();
        UUID member = Members.admit("Trần Văn Xuất", cell, true);
        String organizer = Tokens.as("organizer");
        String integration = Tokens.as("integration");

        String byOrganizer = finished(export(organizer, "{\"organizationId\":\"" + committee.id() + "\"}"), organizer)
                .getString("id");
        Map<String, Object> line = content(byOrganizer, organizer).get(0);
        assertEquals(member.toString(), line.get("id"));
        assertTrue(((String) line.get("nationalId")).matches("\\d{12}"), "organizers are cleared for national ids");

        for (String path : List.of(
                "/api/v1/members/exports/" + byOrganizer, "/api/v1/members/exports/" + byOrganizer + "/content")) {
            given().auth().oauth2(integration).get(path).then().statusCode(404);
            given().auth().oauth2(admin()).get(path).then().statusCode(200);
        }
        assertEquals(List.of(), exportsListed(integration, committee.id()), "integration's list holds its own only");
        assertEquals(List.of(byOrganizer), exportsListed(organizer, committee.id()));
        assertEquals(List.of(byOrganizer), exportsListed(admin(), committee.id()), "an admin's holds everyone's");
    }

    /**
     * The same export as CSV, for a spreadsheet: a column per field of the member, and each row saying what its NDJSON
     * line says (an absent field empty).
     */
    @Test
    void anExportReadsAsCsvWithTheSameFieldsAsItsLines() throws Exception {
        Organization committee = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        UUID cell = Organization.child(committee, "SUBORDINATE_CELL").id();
        Members.admit("Trần Văn Bảng", cell, true);
        Members.admit("Trần Thị Tính", cell, false);
        String organizer = Tokens.as("organizer");
        String id = finished(export(organizer, "{\"organizationId\":\"" + committee.id() + "\"}"), organizer)
                .getString("id");

        List<Map<String, Object>> lines = content(id, organizer);
        MappingIterator<Map<String, String>> rows = new CsvMapper()
                .readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader())
                .readValues(ExportClient.csv("/api/v1/members/exports", id, organizer));
        List<Map<String, String>> csv = rows.readAll();

        assertEquals(2, csv.size());
        assertEquals(
                ExportCsv.columnsOf(MemberResponse.class),
                List.copyOf(csv.get(0).keySet()));
        for (int i = 0; i < lines.size(); i++) {
            for (Map.Entry<String, String> field : csv.get(i).entrySet()) {
                Object value = lines.get(i).get(field.getKey());
                assertEquals(value == null ? "" : String.valueOf(value), field.getValue(), field.getKey());
            }
        }
    }

    /** As of a day, the export reads the register as the list does: a member moved since is in their old cell. */
    @Test
    void anExportAsOfADayHoldsTheRegisterOfThatDay() {
        Organization committee = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        UUID cell = Organization.child(committee, "SUBORDINATE_CELL").id();
        UUID otherCell = Organization.child(committee, "SUBORDINATE_CELL").id();
        UUID member = Members.admit("Lê Văn Chuyển", cell, true);
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"toOrganizationId\":\"" + otherCell + "\",\"date\":\"2020-03-01\"}")
                .post("/api/v1/members/" + member + "/moves")
                .then()
                .statusCode(200);

        String before = finished(
                        export(admin(), "{\"organizationId\":\"" + committee.id() + "\",\"asOf\":\"2019-12-31\"}"),
                        admin())
                .getString("id");
        String today = finished(export(admin(), "{\"organizationId\":\"" + committee.id() + "\"}"), admin())
                .getString("id");
        JsonPath beforeAdmission = finished(
                export(admin(), "{\"organizationId\":\"" + committee.id() + "\",\"asOf\":\"2009-12-31\"}"), admin());

        assertEquals(cell.toString(), content(before, admin()).get(0).get("organizationId"));
        assertEquals(otherCell.toString(), content(today, admin()).get(0).get("organizationId"));
        assertEquals(0, beforeAdmission.getInt("records"), "admitted in 2010");
    }

    @Test
    @InvalidRequestsOnPurpose
    void anExportOfNoStatusOrOfAnOrganizationOutOfSightIsRefused() {
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"statuses\":[null]}")
                .post("/api/v1/members/exports")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"organizationId\":\"" + UUID.randomUUID() + "\"}")
                .post("/api/v1/members/exports")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    private static String export(String token, String body) {
        return ExportClient.ask(EXPORTS, token, body);
    }

    private static JsonPath finished(String location, String token) {
        return ExportClient.done(location, token);
    }

    private static List<String> exportsListed(String token, UUID organization) {
        return given().auth()
                .oauth2(token)
                .queryParam("organizationId", organization)
                .get("/api/v1/members/exports")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("id");
    }

    private static List<Map<String, Object>> content(String job, String token) {
        return ExportClient.content(EXPORTS, job, token);
    }

    private static List<Map<String, Object>> feedAfter(String cursor, String token) {
        return ExportClient.feedAfter(FEED, cursor, token);
    }

    private static Map<String, Held> register(UUID organization) {
        JsonPath list = given().auth()
                .oauth2(admin())
                .queryParam("organizationId", organization)
                .queryParam("includeDescendants", true)
                .queryParam("size", 500)
                .get("/api/v1/members")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Held> register = new HashMap<>();
        for (Map<String, Object> member : list.<Map<String, Object>>getList("items")) {
            register.put((String) member.get("id"), new Held((String) member.get("fullName"), (Integer)
                    member.get("version")));
        }
        return register;
    }

    private static void rename(UUID member, String name) {
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"fullName\":\"" + name + "\",\"dateOfBirth\":\"1985-04-12\",\"gender\":\"MALE\"}")
                .put("/api/v1/members/" + member)
                .then()
                .statusCode(200);
    }
}
