package vn.partybloc.evaluation;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.partybloc.evaluation.Api.admin;
import static vn.partybloc.evaluation.Api.level;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.DocumentedEvent;

/**
 * A member or organization is rated for a cycle only if it was part of the Bloc during it (REV-SUBJECT-IN-PERIOD), and
 * the attainment report's "not yet rated" counts the subjects of that cycle, not today's. The dates come from the
 * producers' events: a member's entry and departure, an organization's founding, receipt and end.
 */
@QuarkusTest
class SubjectPeriodTest {

    private static final String IN_PERIOD = "REV-SUBJECT-IN-PERIOD";

    @Test
    void aMemberIsRatedOnlyForTheCyclesTheyWereOnTheRegisterAlsoAfterLeaving() {
        UUID cycle = Api.cycle(2023);
        Feed.Org cell = Feed.child(Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE"), "SUBORDINATE_CELL");
        UUID admittedLater = admitted(cell, "Kết nạp năm 2024", "2024-03-01");
        UUID goneBefore = left(cell, "Chuyển đi năm 2022", "TRANSFERRED_OUT", "2022-12-01");
        UUID goneOnTheFirstDay = left(cell, "Xóa tên ngày đầu năm", "STRUCK_OFF", "2023-01-01");
        UUID goneDuring = left(cell, "Từ trần giữa năm", "DIED", "2023-07-01");

        Api.selfAssess(admin(), cycle, "MEMBER", admittedLater, level("GOOD"))
                .statusCode(422)
                .body("rule", equalTo(IN_PERIOD))
                .body(
                        "detail",
                        equalTo("Subject " + admittedLater
                                + " of kind MEMBER was not yet part of the Bloc in 2023: it joined after 2023-12-31"));
        Api.selfAssess(admin(), cycle, "MEMBER", goneBefore, level("GOOD"))
                .statusCode(422)
                .body("rule", equalTo(IN_PERIOD));
        Api.batch(
                        admin(),
                        cycle,
                        List.of(
                                Api.item("MEMBER", goneDuring, level("GOOD"), "2023-12-20"),
                                Api.item("MEMBER", goneOnTheFirstDay, level("GOOD"), "2023-12-20"),
                                Api.item("MEMBER", admittedLater, level("GOOD"), "2023-12-20")))
                .statusCode(422)
                .body("rule", equalTo("REV-BATCH"))
                .body("errors.field", contains("items[1]", "items[2]"))
                .body("errors.rule", contains(IN_PERIOD, IN_PERIOD))
                .body("errors[0].message", startsWith(IN_PERIOD + ": "));

        // Someone who left during the cycle is still rated for it, and the one admitted later for the next one.
        Api.batch(admin(), cycle, List.of(Api.item("MEMBER", goneDuring, level("GOOD"), "2023-12-20")))
                .statusCode(201);
        Api.selfAssess(admin(), Api.cycle(2024), "MEMBER", admittedLater, level("GOOD"))
                .statusCode(201);
    }

    @Test
    void anOrganizationIsRatedOnlyForTheCyclesItWasPartOfTheBloc() {
        UUID cycle = Api.cycle(2023);
        Feed.Org bloc = Feed.bloc();
        UUID foundedLater = organization(bloc, "OrganizationFounded", "ACTIVE", "2024-02-01", "2024-02-01");
        UUID receivedLater = organization(bloc, "OrganizationReceived", "ACTIVE", "1995-05-01", "2024-01-01");
        UUID dissolvedBefore = organization(bloc, "OrganizationDissolved", "DISSOLVED", "1995-05-01", "2023-01-01");
        UUID dissolvedDuring = organization(bloc, "OrganizationDissolved", "DISSOLVED", "1995-05-01", "2023-09-01");
        UUID receivedBefore = organization(bloc, "OrganizationReceived", "ACTIVE", "1995-05-01", "2022-01-01");

        for (UUID refused : List.of(foundedLater, receivedLater, dissolvedBefore)) {
            Api.selfAssess(admin(), cycle, "GRASSROOTS_ORGANIZATION", refused, level("GOOD"))
                    .statusCode(422)
                    .body("rule", equalTo(IN_PERIOD));
        }
        Api.selfAssess(admin(), cycle, "GRASSROOTS_ORGANIZATION", dissolvedBefore, level("GOOD"))
                .body(
                        "detail",
                        equalTo(
                                "Subject " + dissolvedBefore
                                        + " of kind GRASSROOTS_ORGANIZATION had left the Bloc before 2023 began on 2023-01-01"));
        Api.batch(
                        admin(),
                        cycle,
                        List.of(
                                Api.item("GRASSROOTS_ORGANIZATION", dissolvedDuring, level("GOOD"), "2023-12-20"),
                                Api.item("HOST_UNIT", receivedBefore, level("GOOD"), "2023-12-20")))
                .statusCode(201)
                .body("recorded", equalTo(2));
    }

    @Test
    void aCommitteeMemberIsRatedOnlyForTheCyclesTheirOrganizationWasPartOfTheBloc() {
        // A cell received in 2024 whose committee was elected outside the Bloc in 2020: its seats started then.
        UUID received = organization(Feed.bloc(), "OrganizationReceived", "ACTIVE", "1995-05-01", "2024-01-01");
        UUID secretary = Feed.member(received, "Bí thư chi bộ tiếp nhận");
        UUID committee = Feed.committee(received, "CELL_COMMITTEE", 2020, 2025);
        UUID seat = Feed.position(secretary, committee, received, "CELL_COMMITTEE", "SECRETARY", "2020-08-15");
        Feed.awaitRows("positions", List.of(seat));

        Api.selfAssess(admin(), Api.cycle(2023), "COMMITTEE_MEMBER", secretary, level("GOOD"))
                .statusCode(422)
                .body("rule", equalTo(IN_PERIOD))
                .body(
                        "detail",
                        equalTo(
                                "Subject " + secretary
                                        + " of kind COMMITTEE_MEMBER was not yet part of the Bloc in 2023: it joined after 2023-12-31"));
        JsonPath report = given().auth()
                .oauth2(admin())
                .queryParam("organizationId", received.toString())
                .queryParam("year", 2023)
                .get("/api/v1/reviews/attainment")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(0, report.getInt("subjects.find { it.subjectKind == 'COMMITTEE_MEMBER' }.subjects"));
        Api.selfAssess(admin(), Api.cycle(2024), "COMMITTEE_MEMBER", secretary, level("GOOD"))
                .statusCode(201);
    }

    @Test
    void aCommitteeIsToBeRatedForTheCyclesSomeoneSatOnIt() {
        Feed.Org cell = Feed.child(Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE"), "SUBORDINATE_CELL");
        UUID secretary = admitted(cell, "Bí thư chi ủy mới", "2010-05-19");
        // A cell committee of the 2020–2025 term formed in 2024: the term is older than the committee.
        UUID committee = Feed.committee(cell.id(), "CELL_COMMITTEE", 2020, 2025);
        UUID seat = Feed.position(secretary, committee, cell.id(), "CELL_COMMITTEE", "SECRETARY", "2024-03-01");
        Feed.awaitRows("committees", List.of(committee));
        Feed.awaitRows("positions", List.of(seat));

        assertEquals(List.of(), committeesNotRated(cell, 2023));
        assertEquals(List.of(committee.toString()), committeesNotRated(cell, 2024));
    }

    private static List<String> committeesNotRated(Feed.Org organization, int year) {
        Api.cycle(year);
        return given().auth()
                .oauth2(admin())
                .queryParam("organizationId", organization.id().toString())
                .queryParam("year", year)
                .get("/api/v1/reviews/attainment")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("notRated.findAll { it.subjectKind == 'COLLECTIVE_COMMITTEE' }.subjectId", String.class);
    }

    @Test
    void theDatesStandWhateverOrderOrHowOftenTheEventsArrive() throws Exception {
        Feed.Org cell = Feed.child(Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE"), "SUBORDINATE_CELL");
        UUID member = UUID.randomUUID();
        // The departure (version 3) first, then the admission (version 0) late, then the departure again.
        member(member, cell, "MemberExpelled", "EXPELLED", 3, "EXPELLED", "2022-05-01");
        member(member, cell, "MemberAdmitted", "ACTIVE", 0, "ADMITTED", "2015-02-03");
        member(member, cell, "MemberExpelled", "EXPELLED", 3, "EXPELLED", "2022-05-01");
        awaitColumn(
                "members", "status || ' ' || entered_on || ' ' || left_on", member, "EXPELLED 2015-02-03 2022-05-01");

        UUID org = UUID.randomUUID();
        List<UUID> path = new ArrayList<>(cell.path().subList(0, 1));
        path.add(org);
        sendOrganization(org, path, "OrganizationDissolved", "DISSOLVED", 2, "1990-01-01", "2022-08-01");
        sendOrganization(org, path, "OrganizationReceived", "ACTIVE", 0, "1990-01-01", "2021-03-01");
        sendOrganization(org, path, "OrganizationDissolved", "DISSOLVED", 2, "1990-01-01", "2022-08-01");
        awaitColumn(
                "organizations",
                "status || ' ' || founded_on || ' ' || received_on || ' ' || ended_on",
                org,
                "DISSOLVED 1990-01-01 2021-03-01 2022-08-01");
    }

    @Test
    void theAttainmentReportCountsTheSubjectsOfTheCycleNotOfToday() {
        UUID cycle = Api.cycle(2023);
        Feed.Org grassroots = Feed.child(Feed.bloc(), "GRASSROOTS_COMMITTEE");
        Feed.Org cell = Feed.child(grassroots, "SUBORDINATE_CELL");
        UUID rated = admitted(cell, "Đã đánh giá", "2019-04-01");
        UUID notRated = admitted(cell, "Chưa đánh giá", "2020-04-01");
        UUID goneDuring = left(cell, "Chuyển đi giữa năm", "TRANSFERRED_OUT", "2023-07-01");
        admitted(cell, "Kết nạp năm 2024", "2024-03-01");
        left(cell, "Chuyển đi năm 2022", "TRANSFERRED_OUT", "2022-12-01");
        UUID cellFoundedLater = organization(
                grassroots, "SUBORDINATE_CELL", "OrganizationFounded", "ACTIVE", "2024-02-01", "2024-02-01");
        organization(grassroots, "SUBORDINATE_CELL", "OrganizationDissolved", "DISSOLVED", "2000-01-01", "2022-10-01");
        UUID cellEndedDuring = organization(
                grassroots, "SUBORDINATE_CELL", "OrganizationDissolved", "DISSOLVED", "2000-01-01", "2023-03-01");
        Api.batch(admin(), cycle, List.of(Api.item("MEMBER", rated, level("GOOD"), "2023-12-20")))
                .statusCode(201);

        JsonPath report = given().auth()
                .oauth2(admin())
                .queryParam("organizationId", grassroots.id().toString())
                .queryParam("year", 2023)
                .queryParam("asOf", "2024-06-30")
                .get("/api/v1/reviews/attainment")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(3, report.getInt("subjects.find { it.subjectKind == 'MEMBER' }.subjects"));
        assertEquals(1, report.getInt("subjects.find { it.subjectKind == 'MEMBER' }.rated"));
        assertEquals(2, report.getInt("subjects.find { it.subjectKind == 'SUBORDINATE_ORGANIZATION' }.subjects"));
        assertEquals(
                List.of(notRated.toString(), goneDuring.toString()).stream()
                        .sorted()
                        .toList(),
                report.getList("notRated.findAll { it.subjectKind == 'MEMBER' }.subjectId", String.class).stream()
                        .sorted()
                        .toList());
        org.hamcrest.MatcherAssert.assertThat(
                report.getList("notRated.findAll { it.subjectKind == 'SUBORDINATE_ORGANIZATION' }.subjectId"),
                containsInAnyOrder(cell.id().toString(), cellEndedDuring.toString()));
        org.hamcrest.MatcherAssert.assertThat(
                report.getList("notRated.subjectId"),
                org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem(cellFoundedLater.toString())));
    }

    /** A member admitted on {@code on}: the entry event carries the date. */
    private static UUID admitted(Feed.Org cell, String name, String on) {
        UUID id = UUID.randomUUID();
        member(id, cell, "MemberAdmitted", "ACTIVE", 0, "ADMITTED", on, name);
        awaitColumn("members", "entered_on", id, on);
        return id;
    }

    /** A member admitted long ago who left the register on {@code on}. */
    private static UUID left(Feed.Org cell, String name, String kind, String on) {
        UUID id = UUID.randomUUID();
        member(id, cell, "MemberAdmitted", "ACTIVE", 0, "ADMITTED", "2010-05-19", name);
        String status = switch (kind) {
            case "DIED" -> "DECEASED";
            default -> kind;
        };
        String type = switch (kind) {
            case "TRANSFERRED_OUT" -> "MemberTransferredOut";
            case "DIED" -> "MemberDied";
            case "STRUCK_OFF" -> "MemberStruckOff";
            default -> "MemberExpelled";
        };
        member(id, cell, type, status, 1, kind, on, name);
        awaitColumn("members", "status || ' ' || left_on", id, status + " " + on);
        return id;
    }

    private static void member(
            UUID id, Feed.Org cell, String type, String status, long version, String kind, String on) {
        member(id, cell, type, status, version, kind, on, "Nguyễn Thị Hoa");
    }

    private static void member(
            UUID id, Feed.Org cell, String type, String status, long version, String kind, String on, String name) {
        Feed.send(
                "party.members.v1",
                type,
                id,
                DocumentedEvent.of("member", "MemberAdmitted")
                        .publishedAs(type)
                        .with("memberId", id)
                        .with("fullName", name)
                        .with("organizationId", cell.id())
                        .with("status", status)
                        .with("version", version)
                        .with("change.kind", kind)
                        .with("change.occurredOn", on)
                        .with("change.toOrganizationId", cell.id())
                        .json());
    }

    /** A grassroots cell under the Bloc, founded (or received) on {@code foundedOn}, its last change effective on {@code effective}. */
    private static UUID organization(Feed.Org bloc, String type, String status, String foundedOn, String effective) {
        return organization(bloc, "GRASSROOTS_CELL", type, status, foundedOn, effective);
    }

    private static UUID organization(
            Feed.Org parent, String orgType, String type, String status, String foundedOn, String effective) {
        UUID id = UUID.randomUUID();
        List<UUID> path = new ArrayList<>(parent.path());
        path.add(id);
        Feed.send(
                "party.organizations.v1",
                type,
                id,
                DocumentedEvent.organization(
                                type, id, "PT" + id.toString().substring(0, 6), orgType, parent.id(), path, status, 0)
                        .with("foundedOn", foundedOn)
                        .with("change.effectiveDate", effective)
                        .json());
        awaitColumn("organizations", "status || ' ' || founded_on", id, status + " " + foundedOn);
        return id;
    }

    private static void sendOrganization(
            UUID id, List<UUID> path, String type, String status, long version, String foundedOn, String effective) {
        Feed.send(
                "party.organizations.v1",
                type,
                id,
                DocumentedEvent.organization(
                                type,
                                id,
                                "PT" + id.toString().substring(0, 6),
                                "GRASSROOTS_CELL",
                                path.get(0),
                                path,
                                status,
                                version)
                        .with("foundedOn", foundedOn)
                        .with("change.effectiveDate", effective)
                        .json());
    }

    private static void awaitColumn(String table, String column, UUID id, String expected) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> expected.equals(Feed.column(table, column, id)));
    }
}
