package vn.partybloc.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static vn.partybloc.organization.Fixtures.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.partybloc.organization.events.MeetingEvents;
import vn.partybloc.testing.InvalidRequestsOnPurpose;
import vn.partybloc.testing.KafkaTestConsumer;
import vn.partybloc.testing.Tokens;

/** Cell meetings recorded a month at a time (ADR 0013), with the real database and broker. */
@QuarkusTest
class MeetingTest {

    @Test
    void aMonthIsRecordedInOneRequestReadBackAndReplacedOnlyWhenItChanges() {
        UUID committee = Fixtures.committee("Đảng bộ Sở Nội vụ");
        UUID cell = Fixtures.cell(committee, "Chi bộ Phòng Tổ chức");
        List<UUID> members = Members.admit(cell, "FULL", 3);
        String month = """
                {"meetings": [%s, %s]}""".formatted(
                        meeting(
                                "2024-03-05",
                                "REGULAR",
                                "IN_PERSON",
                                attendance(members, "PRESENT", "PRESENT", "ABSENT_WITH_LEAVE"),
                                List.of()),
                        meeting(
                                "2024-03-20",
                                "THEMATIC",
                                "ONLINE",
                                attendance(members, "PRESENT", "PRESENT", "PRESENT"),
                                List.of()));

        String etag = record(cell, "2024-03", null, month)
                .statusCode(201)
                .header("Location", endsWith("/api/v1/organizations/" + cell + "/meetings/2024-03"))
                .body("month", equalTo("2024-03"))
                .body("meetings.kind", contains("REGULAR", "THEMATIC"))
                .body("meetings[0].attendance", hasSize(3))
                .body("meetings[0].attendance[2].reason", equalTo("Đi công tác"))
                .body("meetings[0].agenda[0].category", equalTo("POLITICAL_IDEOLOGICAL"))
                .extract()
                .header("ETag");
        JsonPath read = readMonth(cell, "2024-03")
                .statusCode(200)
                .header("ETag", etag)
                .extract()
                .jsonPath();
        assertEquals("Sinh hoạt chi bộ tháng 2024-03-05", read.getString("meetings[0].topic"));

        // The same month again is no change: same version, same meetings.
        record(cell, "2024-03", etag, month)
                .statusCode(200)
                .header("ETag", etag)
                .body("meetings[0].id", equalTo(read.getString("meetings[0].id")));
        String changed = """
                {"meetings": [%s]}""".formatted(meeting(
                "2024-03-06", "REGULAR", "HYBRID", attendance(members, "PRESENT", "PRESENT", "PRESENT"), List.of()));
        String newer = record(cell, "2024-03", etag, changed)
                .statusCode(200)
                .header("ETag", not(etag))
                .body("meetings", hasSize(1))
                .extract()
                .header("ETag");
        given().auth()
                .oauth2(admin())
                .queryParam("from", "2024-01")
                .queryParam("to", "2024-12")
                .get("/api/v1/organizations/" + cell + "/meetings")
                .then()
                .statusCode(200)
                .body("heldOn", contains("2024-03-06"))
                .body("[0].format", equalTo("HYBRID"));
        assertFalse(newer.equals(etag));
    }

    @Test
    @InvalidRequestsOnPurpose
    void aStaleOrPrematureIfMatchIsRefusedAndLeavesTheMonthAsItWas() {
        UUID cell = Fixtures.cell(Fixtures.committee("Đảng bộ Sở Tư pháp"), "Chi bộ Phòng Hộ tịch");
        List<UUID> members = Members.admit(cell, "FULL", 1);
        String body = "{\"meetings\": ["
                + meeting("2024-04-02", "REGULAR", "IN_PERSON", attendance(members, "PRESENT"), List.of()) + "]}";
        record(cell, "2024-04", "\"0\"", body).statusCode(412);
        String etag =
                record(cell, "2024-04", null, body).statusCode(201).extract().header("ETag");
        record(cell, "2024-04", etag, "{\"meetings\": []}").statusCode(200);
        record(cell, "2024-04", etag, body).statusCode(412).body("type", endsWith("/precondition-failed"));
        readMonth(cell, "2024-04").statusCode(200).body("meetings", empty());
    }

    @Test
    @InvalidRequestsOnPurpose
    void severalMonthsAreRecordedInOneRequestAllOrNone() {
        UUID cell = Fixtures.cell(Fixtures.committee("Đảng bộ Sở Ngoại vụ"), "Chi bộ Phòng Lễ tân");
        List<UUID> members = Members.admit(cell, "FULL", 2);
        String january =
                meeting("2023-01-10", "REGULAR", "IN_PERSON", attendance(members, "PRESENT", "PRESENT"), List.of());
        String february = meeting(
                "2023-02-14", "REGULAR", "ONLINE", attendance(members, "PRESENT", "ABSENT_WITH_LEAVE"), List.of());
        String both = """
                {"months": [{"month": "2023-01", "meetings": [%s]}, {"month": "2023-02", "meetings": [%s]}]}""".formatted(january, february);
        recordMonths(cell, both)
                .statusCode(200)
                .body("months.month", contains("2023-01", "2023-02"))
                .body("months.changed", contains(true, true))
                .body("months.meetings", contains(1, 1));
        String etag = readMonth(cell, "2023-02")
                .statusCode(200)
                .body("meetings[0].format", equalTo("ONLINE"))
                .extract()
                .header("ETag");
        recordMonths(cell, both).statusCode(200).body("months.changed", contains(false, false));

        // One bad month refuses them all, naming the field from its place in the request.
        String badMarch = """
                {"months": [{"month": "2023-02", "meetings": []}, {"month": "2023-03", "meetings": [%s]}]}""".formatted(january);
        recordMonths(cell, badMarch).statusCode(400).body("errors[0].field", equalTo("months[1].meetings[0].heldOn"));
        recordMonths(cell, """
                {"months": [{"month": "2023-02", "version": 99, "meetings": []}]}""").statusCode(412);
        recordMonths(cell, """
                {"months": [{"month": "2023-03", "meetings": []}, {"month": "2023-03", "meetings": []}]}""").statusCode(400).body("errors[0].field", equalTo("months[1].month"));
        readMonth(cell, "2023-02").statusCode(200).header("ETag", etag);
        readMonth(cell, "2023-03").statusCode(404);

        try (KafkaTestConsumer consumer = new KafkaTestConsumer(MeetingEvents.TOPIC)) {
            consumer.await(r -> r.key().equals(cell.toString()), list -> list.size() >= 2, Duration.ofSeconds(30));
            List<ConsumerRecord<String, String>> records =
                    consumer.settle(r -> r.key().equals(cell.toString()), Duration.ofSeconds(3));
            assertEquals(
                    List.of("2023-01", "2023-02"),
                    records.stream()
                            .map(r -> JsonPath.from(r.value()).getString("month"))
                            .toList(),
                    "one event per month recorded, in the request's order; none for the repeat or the refusals");
            assertEquals("ONLINE", JsonPath.from(records.get(1).value()).getString("meetings[0].format"));
        }
    }

    @Test
    @InvalidRequestsOnPurpose
    void aMonthBreakingAMeetingRuleIsRefusedAndNothingIsRecorded() {
        UUID cell = Fixtures.cell(Fixtures.committee("Đảng bộ Sở Y tế"), "Chi bộ Phòng Dược");
        List<UUID> members = Members.admit(cell, "FULL", 2);
        String regular =
                meeting("2024-05-07", "REGULAR", "IN_PERSON", attendance(members, "PRESENT", "PRESENT"), List.of());
        String twoRegular = "{\"meetings\": [" + regular + ", "
                + meeting("2024-05-21", "REGULAR", "IN_PERSON", attendance(members, "PRESENT", "PRESENT"), List.of())
                + "]}";
        rule(record(cell, "2024-05", null, twoRegular), "MTG-ONE-REGULAR");
        String stranger = "{\"meetings\": ["
                + meeting(
                        "2024-05-07",
                        "REGULAR",
                        "IN_PERSON",
                        attendance(List.of(UUID.randomUUID()), "PRESENT"),
                        List.of())
                + "]}";
        rule(record(cell, "2024-05", null, stranger), "MTG-MEMBER-KNOWN");
        String beforeFounding = "{\"meetings\": ["
                + meeting("2019-12-10", "REGULAR", "IN_PERSON", attendance(members, "PRESENT", "PRESENT"), List.of())
                + "]}";
        rule(record(cell, "2019-12", null, beforeFounding), "MTG-WHILE-ACTIVE");
        record(cell, "2024-06", null, "{\"meetings\": [" + regular + "]}")
                .statusCode(400)
                .body("errors[0].field", equalTo("meetings[0].heldOn"));
        record(cell, "2999-01", null, "{\"meetings\": []}").statusCode(400);
        record(cell, "2024-13", null, "{\"meetings\": []}").statusCode(400);
        String twice = "{\"meetings\": ["
                + meeting(
                        "2024-05-07",
                        "REGULAR",
                        "IN_PERSON",
                        attendance(List.of(members.get(0), members.get(0)), "PRESENT", "PRESENT"),
                        List.of())
                + "]}";
        record(cell, "2024-05", null, twice)
                .statusCode(400)
                .body("errors[0].field", equalTo("meetings[0].attendance[1].memberId"));
        readMonth(cell, "2024-05").statusCode(404);
    }

    @Test
    @InvalidRequestsOnPurpose
    void aSecretaryRecordsTheMeetingsOfTheirOwnSubtreeOnly() {
        UUID committee = Fixtures.committee("Đảng bộ Sở Tài nguyên");
        UUID cell = Fixtures.cell(committee, "Chi bộ Phòng Đất đai");
        UUID elsewhere = Fixtures.committee("Đảng bộ Sở Khoa học");
        List<UUID> members = Members.admit(cell, "FULL", 1);
        String body = "{\"meetings\": ["
                + meeting("2024-02-06", "REGULAR", "ONLINE", attendance(members, "PRESENT"), List.of()) + "]}";
        record(Tokens.secretaryOf(elsewhere), cell, "2024-02", null, body).statusCode(404);
        record(Tokens.as("viewer"), cell, "2024-02", null, body).statusCode(403);
        record(Tokens.secretaryOf(committee), cell, "2024-02", null, body).statusCode(201);
        given().auth()
                .oauth2(Tokens.secretaryOf(cell))
                .get("/api/v1/organizations/" + cell + "/meetings/report?from=2024-01&to=2024-03")
                .then()
                .statusCode(200)
                .body("summary.meetings", equalTo(1))
                .body("summary.onlineOrHybridShare", equalTo(100.0f));
        given().auth()
                .oauth2(Tokens.secretaryOf(cell))
                .get("/api/v1/organizations/" + committee + "/meetings/report")
                .then()
                .statusCode(404);
    }

    @Test
    @InvalidRequestsOnPurpose
    void aPeriodLongerThanATermOfOfficeOrOutsideThePlausibleYearsIsRefused() {
        UUID cell = Fixtures.cell(Fixtures.committee("Đảng bộ Sở Thông tin"), "Chi bộ Phòng Báo chí");
        for (String operation : List.of("", "/report", "/report/members")) {
            given().auth()
                    .oauth2(Tokens.as("viewer"))
                    .queryParam("from", "2000-01")
                    .queryParam("to", "2024-12")
                    .get("/api/v1/organizations/" + cell + "/meetings" + operation)
                    .then()
                    .statusCode(400)
                    .body("errors[0].field", equalTo("from"));
            given().auth()
                    .oauth2(Tokens.as("viewer"))
                    .queryParam("from", "0001-01")
                    .get("/api/v1/organizations/" + cell + "/meetings" + operation)
                    .then()
                    .statusCode(400);
        }
        given().auth()
                .oauth2(Tokens.as("viewer"))
                .queryParam("from", "2020-01")
                .queryParam("to", "2024-12")
                .get("/api/v1/organizations/" + cell + "/meetings/report")
                .then()
                .statusCode(200)
                .body("judgedMonths", hasSize(60));
    }

    @Test
    void theReportMeasuresEachCellAgainstTheRulesAndCountsWhoFollowedWhichCell() {
        UUID committee = Fixtures.committee("Đảng bộ Sở Giao thông");
        UUID steady = Fixtures.cell(committee, "Chi bộ Phòng Quản lý vận tải");
        UUID lapsed = Fixtures.cell(committee, "Chi bộ Phòng Kết cấu hạ tầng");
        List<UUID> a = Members.admit(steady, "FULL", 3);
        List<UUID> b = Members.admit(lapsed, "FULL", 2);
        UUID follower = Members.admit(committee, "FULL", 1).get(0);
        UUID visitor = Members.admit(committee, "FULL", 1).get(0);
        new Positions.Event(
                        "ResponsibilityAssigned",
                        UUID.randomUUID(),
                        follower,
                        committee,
                        "2023-06-01",
                        null,
                        List.of(Positions.follows(UUID.randomUUID(), steady)),
                        1)
                .apply();

        // The steady cell meets every month, holds its thematic meeting in February, is attended by its follower then;
        // one of its members is absent without leave in all three months.
        recorded(
                steady,
                "2024-01",
                month(meeting(
                        "2024-01-09",
                        "REGULAR",
                        "IN_PERSON",
                        attendance(a, "PRESENT", "PRESENT", "ABSENT_WITHOUT_LEAVE"),
                        List.of())));
        recorded(
                steady,
                "2024-02",
                month(
                        meeting(
                                "2024-02-06",
                                "REGULAR",
                                "IN_PERSON",
                                attendance(a, "PRESENT", "PRESENT", "ABSENT_WITHOUT_LEAVE"),
                                List.of(follower)),
                        meeting(
                                "2024-02-22",
                                "THEMATIC",
                                "ONLINE",
                                attendance(a, "PRESENT", "ABSENT_WITH_LEAVE", "PRESENT"),
                                List.of())));
        recorded(
                steady,
                "2024-03",
                month(meeting(
                        "2024-03-05",
                        "REGULAR",
                        "HYBRID",
                        attendance(a, "PRESENT", "PRESENT", "ABSENT_WITHOUT_LEAVE"),
                        List.of())));
        // The lapsed cell met in January only, visited by a committee member who does not follow it.
        recorded(
                lapsed,
                "2024-01",
                month(meeting(
                        "2024-01-12", "REGULAR", "IN_PERSON", attendance(b, "PRESENT", "PRESENT"), List.of(visitor))));
        recorded(lapsed, "2024-02", "{\"meetings\": []}");

        JsonPath report = given().auth()
                .oauth2(Tokens.as("inspector"))
                .queryParam("from", "2024-01")
                .queryParam("to", "2024-03")
                .get("/api/v1/organizations/" + committee + "/meetings/report")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();

        assertEquals(List.of("2024-01", "2024-02", "2024-03"), report.getList("judgedMonths"));
        assertEquals(
                List.of("MTG-REGULAR-MONTHLY", "MTG-THEMATIC-QUARTERLY", "MTG-ABSENCE-THREE-MONTHS"),
                report.getList("rules.id"));
        assertEquals(3, report.getInt("rules[2].count"));
        assertEquals(2, report.getInt("summary.cells"));
        assertEquals(1, report.getInt("summary.cellsMeetingEveryMonth"));
        assertEquals(6, report.getInt("summary.cellMonthsJudged"));
        assertEquals(2, report.getInt("summary.cellMonthsWithoutRegularMeeting"));
        assertEquals(2, report.getInt("summary.cellQuartersJudged"));
        assertEquals(1, report.getInt("summary.cellQuartersShortOfThematic"));
        assertEquals(5, report.getInt("summary.meetings"));
        assertEquals(2, report.getInt("summary.onlineOrHybridMeetings"));
        assertEquals(40.0f, report.getFloat("summary.onlineOrHybridShare"));
        // 12 recorded attendances in the steady cell (8 present), 2 in the lapsed one (2 present): 10 of 14.
        assertEquals(10, report.getInt("summary.attendance.present"));
        assertEquals(71.4f, report.getFloat("summary.attendance.rate"));
        assertEquals(1, report.getInt("summary.cellsWithFollowers"));
        assertEquals(1, report.getInt("summary.cellsAttendedByFollower"));
        assertEquals(0, report.getInt("summary.cellsNobodyAttended"));

        String lapsedLine = "cells.find { it.organizationId == '" + lapsed + "' }";
        assertEquals(List.of("2024-02", "2024-03"), report.getList(lapsedLine + ".monthsWithoutRegularMeeting"));
        assertEquals(List.of("2024-Q1"), report.getList(lapsedLine + ".quartersShortOfThematic"));
        assertEquals(1, report.getInt(lapsedLine + ".meetingsAttendedBySuperior"));
        assertEquals(0, report.getInt(lapsedLine + ".meetingsAttendedByFollower"));
        String steadyLine = "cells.find { it.organizationId == '" + steady + "' }";
        assertEquals(List.of(), report.getList(steadyLine + ".monthsWithoutRegularMeeting"));
        assertEquals(1, report.getInt(steadyLine + ".followers"));
        assertEquals(66.7f, report.getFloat(steadyLine + ".attendance.rate"));

        assertEquals(List.of(a.get(2).toString()), report.getList("flaggedMembers.memberId"));
        assertEquals(List.of("2024-01", "2024-02", "2024-03"), report.getList("flaggedMembers[0].months"));
        assertEquals(steady.toString(), report.getString("flaggedMembers[0].organizationId"));
        assertEquals(List.of(follower.toString()), report.getList("committeeMembers.memberId"));
        assertEquals(1, report.getInt("committeeMembers[0].followedCells"));
        assertEquals(4, report.getInt("committeeMembers[0].meetingsOfFollowedCells"));
        assertEquals(1, report.getInt("committeeMembers[0].meetingsAttended"));

        // Each member's attendance, the lowest share present first: absent without leave in three meetings of four.
        given().auth()
                .oauth2(Tokens.as("viewer"))
                .queryParam("from", "2024-01")
                .queryParam("to", "2024-03")
                .queryParam("size", 2)
                .get("/api/v1/organizations/" + committee + "/meetings/report/members")
                .then()
                .statusCode(200)
                .body("total", equalTo(5))
                .body("items.memberId", contains(a.get(2).toString(), a.get(1).toString()))
                .body("items[0].attendance.rate", equalTo(25.0f))
                .body("items[0].attendance.absentWithoutLeave", equalTo(3))
                .body("items[1].attendance.rate", equalTo(75.0f))
                .body("items[0].organizationId", equalTo(steady.toString()));

        // The overview's year: the twelve months up to March 2024, of which the cells met in four and one.
        given().auth()
                .oauth2(Tokens.as("viewer"))
                .queryParam("asOf", "2024-03-31")
                .get("/api/v1/organizations/" + committee + "/meetings/summary")
                .then()
                .statusCode(200)
                .body("from", equalTo("2023-04"))
                .body("to", equalTo("2024-03"))
                .body("judgedMonths", hasSize(12))
                .body("summary.cellMonthsJudged", equalTo(24))
                .body("summary.cellMonthsWithoutRegularMeeting", equalTo(20))
                .body("summary.cellsMeetingEveryMonth", equalTo(0))
                .body("summary.attendance.rate", equalTo(71.4f));

        // The month's meeting remembers that the follower follows the cell and the visitor does not.
        readMonth(lapsed, "2024-01").body("meetings[0].superiorAttendees[0].followsCell", equalTo(false));
        readMonth(steady, "2024-02").body("meetings[0].superiorAttendees[0].followsCell", equalTo(true));
    }

    @Test
    void eachRecordedMonthIsPublishedWithIdsAndCountsOnlyAndAnUnchangedMonthIsNot() throws Exception {
        UUID cell = Fixtures.cell(Fixtures.committee("Đảng bộ Sở Công Thương"), "Chi bộ Phòng Thương mại");
        List<UUID> members = Members.admit(cell, "FULL", 2);
        String body = month(meeting(
                "2024-07-02", "REGULAR", "IN_PERSON", attendance(members, "PRESENT", "ABSENT_WITH_LEAVE"), List.of()));
        String etag =
                record(cell, "2024-07", null, body).statusCode(201).extract().header("ETag");
        record(cell, "2024-07", etag, body).statusCode(200);
        record(cell, "2024-08", null, "{\"meetings\": []}").statusCode(201);

        try (KafkaTestConsumer consumer = new KafkaTestConsumer(MeetingEvents.TOPIC)) {
            consumer.await(r -> r.key().equals(cell.toString()), list -> list.size() >= 2, Duration.ofSeconds(30));
            List<ConsumerRecord<String, String>> records =
                    consumer.settle(r -> r.key().equals(cell.toString()), Duration.ofSeconds(3));
            assertEquals(2, records.size(), "the unchanged month publishes nothing");
            assertEquals("CellMeetingsRecorded", KafkaTestConsumer.header(records.get(0), "ce_type"));
            JsonPath first = JsonPath.from(records.get(0).value());
            assertEquals("2024-07", first.getString("month"));
            assertEquals(1, first.getInt("meetings[0].present"));
            assertEquals(1, first.getInt("meetings[0].absentWithLeave"));
            assertFalse(records.get(0).value().contains("Đi công tác"), "no reasons in the event");
            assertFalse(records.get(0).value().contains(members.get(0).toString()), "no attendee ids in the event");
            assertEquals(List.of(), JsonPath.from(records.get(1).value()).getList("meetings"));
        }
    }

    private static void rule(ValidatableResponse response, String rule) {
        response.statusCode(422).body("rule", equalTo(rule));
    }

    private static String month(String... meetings) {
        return "{\"meetings\": [" + String.join(", ", meetings) + "]}";
    }

    private static ValidatableResponse readMonth(UUID cell, String month) {
        return given().auth()
                .oauth2(admin())
                .get("/api/v1/organizations/" + cell + "/meetings/" + month)
                .then();
    }

    private static ValidatableResponse recordMonths(UUID cell, String body) {
        return given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body(body)
                .put("/api/v1/organizations/" + cell + "/meetings")
                .then();
    }

    private static void recorded(UUID cell, String month, String body) {
        record(cell, month, null, body).statusCode(201);
    }

    private static ValidatableResponse record(UUID cell, String month, String ifMatch, String body) {
        return record(admin(), cell, month, ifMatch, body);
    }

    private static ValidatableResponse record(String token, UUID cell, String month, String ifMatch, String body) {
        var request =
                given().auth().oauth2(token).contentType("application/json").body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.put("/api/v1/organizations/" + cell + "/meetings/" + month)
                .then();
    }

    /** The members with these statuses, in order; an absence with leave has its reason. */
    private static String attendance(List<UUID> members, String... statuses) {
        StringBuilder json = new StringBuilder("[");
        for (int i = 0; i < statuses.length; i++) {
            json.append(i == 0 ? "" : ", ")
                    .append("{\"memberId\": \"")
                    .append(members.get(i))
                    .append("\", \"status\": \"")
                    .append(statuses[i])
                    .append('"')
                    .append(statuses[i].equals("ABSENT_WITH_LEAVE") ? ", \"reason\": \"Đi công tác\"" : "")
                    .append('}');
        }
        return json.append(']').toString();
    }

    private static String meeting(String heldOn, String kind, String format, String attendance, List<UUID> superiors) {
        return """
                {"heldOn": "%s", "kind": "%s", "format": "%s", "topic": "Sinh hoạt chi bộ tháng %s",
                 "agenda": [{"category": "POLITICAL_IDEOLOGICAL", "title": "Thông tin thời sự"},
                            {"category": "PARTY_BUILDING", "title": "Kết nạp đảng viên"}],
                 "resolutions": ["Hoàn thành nhiệm vụ tháng"], "quality": "GOOD",
                 "attendance": %s, "guests": [{"name": "Trần Thị Bình", "role": "Chủ tịch Công đoàn"}],
                 "superiorAttendeeIds": [%s]}""".formatted(
                        heldOn,
                        kind,
                        format,
                        heldOn,
                        attendance,
                        superiors.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(", ")));
    }
}
