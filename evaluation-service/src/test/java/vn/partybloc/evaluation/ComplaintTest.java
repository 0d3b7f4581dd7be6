package vn.partybloc.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.partybloc.evaluation.Api.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.LogRecorder;
import vn.partybloc.testing.PostgresResource;
import vn.partybloc.testing.Tokens;

/**
 * Complaints and denunciations (issue 20): assigned to an inspection committee at or above the subject, acknowledged and
 * resolved in turn within the terms' times, listed when overdue and counted in the discipline report; a secretary reads
 * no denunciation, and a denouncer's identity is read only by the assigned committee's inspectors and never leaves the
 * API.
 */
@QuarkusTest
class ComplaintTest {

    private static final String INSPECTOR = Tokens.as("inspector");

    private final Feed.Org bloc = Feed.bloc();
    private final Feed.Org grassroots = Feed.child(bloc, "GRASSROOTS_COMMITTEE");
    private final Feed.Org cell = Feed.child(grassroots, "SUBORDINATE_CELL");

    @Test
    void aDenunciationGoesToAnInspectionCommitteeAtOrAboveItsSubjectAndIsResolvedInTurn() {
        UUID member = Feed.member(cell.id(), "Lương Văn Tố");
        receive("DENUNCIATION", member, cell.id(), "Người Tố Cáo", "2024-03-04")
                .statusCode(422)
                .body("rule", equalTo("CMP-ASSIGNEE"));
        receive("DENUNCIATION", member, Feed.child(bloc, "GRASSROOTS_COMMITTEE").id(), "Người Tố Cáo", "2024-03-04")
                .statusCode(422)
                .body("rule", equalTo("CMP-ASSIGNEE"));
        receive("DENUNCIATION", UUID.randomUUID(), grassroots.id(), "Người Tố Cáo", "2024-03-04")
                .statusCode(422)
                .body("rule", equalTo("CMP-SUBJECT"));
        Api.post(
                        INSPECTOR,
                        "/api/v1/complaints",
                        body("DENUNCIATION", member, grassroots.id(), null, "2024-03-04")
                                .replace("\"channel\"", "\"subjectOrganizationId\":\"" + cell.id() + "\",\"channel\""))
                .statusCode(400);

        UUID id = id(receive("DENUNCIATION", member, grassroots.id(), "Người Tố Cáo", "2024-03-04")
                .statusCode(201)
                .body("status", equalTo("RECEIVED"))
                .body("organizationId", equalTo(cell.id().toString()))
                .body("resolveBy", equalTo("2024-06-02"))
                .body("acknowledgeBy", nullValue()));
        resolve(id, "FOUNDED", "2024-03-20").statusCode(422).body("rule", equalTo("CMP-FLOW"));
        acknowledge(id, "2024-03-01").statusCode(422).body("rule", equalTo("CMP-FLOW"));
        acknowledge(id, "2024-03-11").statusCode(200).body("status", equalTo("ACKNOWLEDGED"));
        acknowledge(id, "2024-03-12").statusCode(422).body("rule", equalTo("CMP-FLOW"));
        resolve(id, "PARTLY_FOUNDED", "2024-03-10").statusCode(422).body("rule", equalTo("CMP-FLOW"));
        resolve(id, "PARTLY_FOUNDED", "2024-05-20")
                .statusCode(200)
                .body("status", equalTo("RESOLVED"))
                .body("outcome", equalTo("PARTLY_FOUNDED"))
                .body("decisionNumber", equalTo("15-KL/UBKT"));
        resolve(id, "UNFOUNDED", "2024-05-21").statusCode(422).body("rule", equalTo("CMP-FLOW"));
    }

    @Test
    void anAnonymousDenunciationHasNoDeadlineAndIsOnlyClosedAsNotAccepted() {
        UUID member = Feed.member(cell.id(), "Mạc Văn Danh");
        UUID id = id(receive("DENUNCIATION", member, grassroots.id(), null, "2024-03-04")
                .statusCode(201)
                .body("anonymous", equalTo(true))
                .body("resolveBy", nullValue()));
        acknowledge(id, "2024-03-11").statusCode(422).body("rule", equalTo("CMP-ANONYMOUS"));
        resolve(id, "UNFOUNDED", "2024-03-11").statusCode(422).body("rule", equalTo("CMP-ANONYMOUS"));
        resolve(id, "NOT_ACCEPTED", "2024-03-11").statusCode(200).body("outcome", equalTo("NOT_ACCEPTED"));
    }

    @Test
    void onlyAnInspectorOfTheAssignedCommitteeReadsTheDenouncerAndASecretaryReadsNoDenunciation() {
        UUID member = Feed.member(cell.id(), "Tạ Văn Kín");
        String denouncer = "Người Tố Cáo " + UUID.randomUUID();
        UUID denunciation = id(receive("DENUNCIATION", member, grassroots.id(), denouncer, "2024-04-01")
                .statusCode(201)
                .body("complainantName", nullValue()));
        UUID complaint = id(receive("COMPLAINT", member, grassroots.id(), "Người Khiếu Nại", "2024-04-02")
                .statusCode(201)
                .body("complainantName", equalTo("Người Khiếu Nại")));

        read(Tokens.inspectorOf(grassroots.id()), denunciation)
                .statusCode(200)
                .body("complainantName", equalTo(denouncer))
                .body("complainantContact", equalTo("Số 12 đường Trần Phú"));
        for (String other : List.of(
                Tokens.inspectorOf(bloc.id()),
                INSPECTOR,
                admin(),
                Tokens.as("organizer"),
                Tokens.inspectorOf(cell.id()))) {
            read(other, denunciation)
                    .statusCode(200)
                    .body("anonymous", equalTo(false))
                    .body("complainantName", nullValue())
                    .body("complainantContact", nullValue());
        }
        given().auth()
                .oauth2(Tokens.as("organizer"))
                .get("/api/v1/complaints?size=500&organizationId=" + grassroots.id())
                .then()
                .statusCode(200)
                .body("items.complainantName", not(hasItem(denouncer)))
                .body("items.id", hasItem(denunciation.toString()));

        String secretary = Tokens.secretaryOf(grassroots.id());
        read(secretary, denunciation).statusCode(404);
        read(secretary, complaint).statusCode(200).body("complainantName", equalTo("Người Khiếu Nại"));
        for (String list : List.of("/api/v1/complaints?size=500", "/api/v1/complaints?size=500&kind=DENUNCIATION")) {
            given().auth()
                    .oauth2(secretary)
                    .get(list)
                    .then()
                    .statusCode(200)
                    .body("items.id", not(hasItem(denunciation.toString())))
                    .body("items.kind", not(hasItem("DENUNCIATION")));
        }
        for (String refused : List.of(Tokens.as("viewer"), Tokens.as("integration"))) {
            read(refused, complaint).statusCode(403);
        }
    }

    @Test
    void theDenouncerIsInNoEventNoChangesFeedNoLogLineAndNoReport() throws Exception {
        UUID member = Feed.member(cell.id(), "Kha Văn Lộ");
        String denouncer = "Người Tố Cáo " + UUID.randomUUID();
        UUID id;
        try (LogRecorder log = new LogRecorder()) {
            id = id(receive("DENUNCIATION", member, grassroots.id(), denouncer, "2024-02-01")
                    .statusCode(201));
            read(Tokens.inspectorOf(grassroots.id()), id).statusCode(200).body("complainantName", equalTo(denouncer));
            acknowledge(id, "2024-02-05").statusCode(200);
            resolve(id, "UNFOUNDED", "2024-04-01").statusCode(200);
            List<String> leaked = log.lines().stream()
                    .map(line -> String.valueOf(line.getFormattedMessage()))
                    .filter(text -> text.contains(denouncer))
                    .toList();
            assertEquals(List.of(), leaked, "log lines naming the denouncer");
        }
        assertEquals(
                0, outboxRowsMentioning(id.toString(), denouncer), "outbox rows of the complaint or its denouncer");
        assertEquals(List.of(), ReviewFlowTest.changesOf(id), "the changes feed");
        String report = given().auth()
                .oauth2(Tokens.as("viewer"))
                .get("/api/v1/discipline-cases/report?from=2024-01-01&to=2024-12-31&organizationId=" + grassroots.id())
                .then()
                .statusCode(200)
                .body("complaintsReceived.DENUNCIATION", equalTo(1))
                .extract()
                .asString();
        assertFalse(report.contains(denouncer), report);
    }

    @Test
    void overdueComplaintsAreListedFromTheirDatesAndCountedInTheReport() {
        Feed.Org other = Feed.child(bloc, "GRASSROOTS_COMMITTEE");
        Feed.Org otherCell = Feed.child(other, "SUBORDINATE_CELL");
        UUID member = Feed.member(otherCell.id(), "Đàm Văn Hạn");
        UUID late = id(receive("DENUNCIATION", member, other.id(), "Người Tố Cáo", "2024-01-02")
                .statusCode(201)
                .body("resolveBy", equalTo("2024-04-01")));
        UUID onTime = id(receive("DENUNCIATION", member, other.id(), "Người Tố Cáo", "2024-03-01")
                .statusCode(201));
        acknowledge(onTime, "2024-03-05").statusCode(200);
        resolve(onTime, "UNFOUNDED", "2024-04-20").statusCode(200);

        assertEquals(List.of(), overdue(other, "2024-04-01"), "on its last day it is not yet overdue");
        assertEquals(List.of(late.toString()), overdue(other, "2024-04-02"));
        acknowledge(late, "2024-04-10").statusCode(200);
        resolve(late, "FOUNDED", "2024-06-15").statusCode(200);
        assertEquals(
                List.of(late.toString()), overdue(other, "2024-06-14"), "resolved late, it was overdue until then");
        assertEquals(List.of(), overdue(other, "2024-06-15"));

        given().auth()
                .oauth2(Tokens.as("integration"))
                .get("/api/v1/discipline-cases/report?from=2024-01-01&to=2024-05-31&organizationId=" + other.id())
                .then()
                .statusCode(200)
                .body("complaintsReceived", equalTo(Map.of("COMPLAINT", 0, "DENUNCIATION", 2)))
                .body("complaintsResolved", equalTo(Map.of("COMPLAINT", 0, "DENUNCIATION", 1)))
                .body("complaintsOverdueAtEnd", equalTo(Map.of("COMPLAINT", 0, "DENUNCIATION", 1)));
    }

    @Test
    void newTermsApplyToComplaintsReceivedFromThenOnWithTheirSource() {
        UUID member = Feed.member(cell.id(), "Triệu Văn Hẹn");
        UUID before = id(receive("COMPLAINT", member, grassroots.id(), "Người Khiếu Nại", "2024-05-02")
                .statusCode(201)
                .body("resolveBy", nullValue()));
        var terms = given().auth()
                .oauth2(Tokens.as("viewer"))
                .get("/api/v1/complaints/terms")
                .then()
                .statusCode(200)
                .body("kind", equalTo(List.of("COMPLAINT", "DENUNCIATION")))
                .body("[1].resolveWithinDays", equalTo(90))
                .body("[1].source", equalTo("QĐ 22-QĐ/TW (28/7/2021), Điều 20"))
                .extract()
                .jsonPath();
        String original = "{\"source\":\"" + terms.getString("[0].source") + "\",\"note\":\""
                + terms.getString("[0].note") + "\"}";
        setTerms(Tokens.as("inspector"), "{\"acknowledgeWithinDays\":10,\"source\":\"Thử\"}")
                .statusCode(403);
        try {
            setTerms(admin(), "{\"acknowledgeWithinDays\":10,\"resolveWithinDays\":60,\"source\":\"Quy định thử\"}")
                    .statusCode(200)
                    .body("acknowledgeWithinDays", equalTo(10));
            receive("COMPLAINT", member, grassroots.id(), "Người Khiếu Nại", "2024-05-02")
                    .statusCode(201)
                    .body("acknowledgeBy", equalTo("2024-05-12"))
                    .body("resolveBy", equalTo("2024-07-01"));
            read(admin(), before).statusCode(200).body("resolveBy", nullValue());
        } finally {
            setTerms(admin(), original).statusCode(200);
        }
    }

    static ValidatableResponse receive(String kind, UUID member, UUID assigned, String complainant, String receivedOn) {
        return Api.post(INSPECTOR, "/api/v1/complaints", body(kind, member, assigned, complainant, receivedOn));
    }

    static String body(String kind, UUID member, UUID assigned, String complainant, String receivedOn) {
        String who = complainant == null
                ? ""
                : "\"complainantName\":\"" + complainant + "\",\"complainantContact\":\"Số 12 đường Trần Phú\",";
        return "{\"kind\":\"" + kind + "\",\"receivedOn\":\"" + receivedOn + "\",\"subjectMemberId\":\"" + member
                + "\",\"channel\":\"LETTER\",\"content\":\"Nội dung phản ánh vi phạm\"," + who
                + "\"assignedOrganizationId\":\"" + assigned + "\"}";
    }

    private static ValidatableResponse acknowledge(UUID id, String on) {
        return Api.post(
                INSPECTOR, "/api/v1/complaints/" + id + "/acknowledgement", "{\"acknowledgedOn\":\"" + on + "\"}");
    }

    private static ValidatableResponse resolve(UUID id, String outcome, String on) {
        return Api.post(
                INSPECTOR,
                "/api/v1/complaints/" + id + "/resolution",
                "{\"outcome\":\"" + outcome + "\",\"conclusion\":\"Kết luận\",\"decisionNumber\":\"15-KL/UBKT\","
                        + "\"resolvedOn\":\"" + on + "\"}");
    }

    private static ValidatableResponse read(String token, UUID id) {
        return given().auth().oauth2(token).get("/api/v1/complaints/" + id).then();
    }

    private static ValidatableResponse setTerms(String token, String body) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(body)
                .put("/api/v1/complaints/terms/COMPLAINT")
                .then();
    }

    private static List<String> overdue(Feed.Org organization, String on) {
        return given().auth()
                .oauth2(INSPECTOR)
                .get("/api/v1/complaints/overdue?organizationId=" + organization.id() + "&on=" + on)
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
    }

    private static UUID id(ValidatableResponse created) {
        return UUID.fromString(created.extract().path("id"));
    }

    private static long outboxRowsMentioning(String aggregate, String text) throws Exception {
        try (Connection c = PostgresResource.connect();
                PreparedStatement s = c.prepareStatement(
                        "select count(*) from outbox where aggregate_id = ? or payload::text like ?")) {
            s.setString(1, aggregate);
            s.setString(2, "%" + text + "%");
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
