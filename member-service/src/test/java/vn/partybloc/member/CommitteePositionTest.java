package vn.partybloc.member;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.partybloc.member.Members.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.DocumentedEvent.Organization;
import vn.partybloc.testing.KafkaResource;
import vn.partybloc.testing.KafkaTestConsumer;

@QuarkusTest
class CommitteePositionTest {

    private static Response start(UUID committee, UUID member, String position, String date) {
        return given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"committeeId\":\"" + committee + "\",\"memberId\":\"" + member + "\",\"position\":\""
                        + position + "\",\"appointment\":\"ELECTED\",\"decisionNumber\":\"20-QĐ/ĐUK\",\"startsOn\":\""
                        + date + "\"}")
                .post("/api/v1/positions");
    }

    private static Response terminate(String position, String endsOn, String reason) {
        return given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"endsOn\":\"" + endsOn + "\",\"reason\":\"" + reason + "\"}")
                .post("/api/v1/positions/" + position + "/terminations");
    }

    /** The organizing work, following {@code cell} and attending its meetings. */
    private static Response assignFollowing(String position, UUID cell) {
        return given().auth()
                .oauth2(admin())
                .contentType("application/json; charset=UTF-8")
                .body("{\"field\":\"Công tác tổ chức\",\"followedOrganizationId\":\"" + cell
                        + "\",\"attendsMeetings\":true}")
                .post("/api/v1/positions/" + position + "/responsibilities");
    }

    @Test
    void whichCommitteesAnOrganizationMayHaveFollowsRulesFourToSix() {
        Organization committee = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        Organization cell = Organization.child(Organization.bloc(), "GRASSROOTS_CELL");
        Committees.committee(committee.id(), "INSPECTION_COMMITTEE");
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body(Committees.body(cell.id(), "INSPECTION_COMMITTEE"))
                .post("/api/v1/committees")
                .then()
                .statusCode(422)
                .body("rule", equalTo("COM-KIND"));
        Committees.committee(cell.id(), "CELL_COMMITTEE");
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body(Committees.body(cell.id(), "CELL_COMMITTEE"))
                .post("/api/v1/committees")
                .then()
                .statusCode(409);
    }

    @Test
    void onlyFullMembersOfTheOrganizationHoldPositions() {
        Organization cell = Organization.child(Organization.bloc(), "GRASSROOTS_CELL");
        Organization elsewhere = Organization.child(Organization.bloc(), "GRASSROOTS_CELL");
        UUID leadership = Committees.committee(cell.id(), "CELL_COMMITTEE");
        UUID probationary = Members.admit("Đỗ Văn Hải", cell.id(), false);
        UUID outsider = Members.admit("Ngô Thị Hoa", elsewhere.id(), true);
        start(leadership, probationary, "SECRETARY", "2025-06-20")
                .then()
                .statusCode(422)
                .body("rule", equalTo("POS-FULL-MEMBER"));
        start(leadership, outsider, "SECRETARY", "2025-06-20")
                .then()
                .statusCode(422)
                .body("rule", equalTo("POS-MEMBER-OF-ORGANIZATION"));
        start(leadership, Members.admit("Lý Văn Khoa", cell.id(), true), "CHAIR", "2025-06-20")
                .then()
                .statusCode(422)
                .body("rule", equalTo("POS-KIND"));
    }

    @Test
    void aSecondSecretaryIsRefusedUntilTheFirstPostEnds() {
        Organization cell = Organization.child(Organization.bloc(), "GRASSROOTS_CELL");
        UUID leadership = Committees.committee(cell.id(), "CELL_COMMITTEE");
        UUID first = Members.admit("Trương Văn Lâm", cell.id(), true);
        UUID second = Members.admit("Mai Thị Lan", cell.id(), true);
        UUID third = Members.admit("Đinh Văn Minh", cell.id(), true);
        String positionId = start(leadership, first, "SECRETARY", "2025-06-20")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        start(leadership, second, "SECRETARY", "2026-01-01")
                .then()
                .statusCode(422)
                .body("rule", equalTo("POS-ONE-SECRETARY"));
        start(leadership, second, "DEPUTY_SECRETARY", "2025-06-20").then().statusCode(201);

        terminate(positionId, "2026-12-31", "ROTATION").then().statusCode(200).body("endReason", equalTo("ROTATION"));
        start(leadership, third, "SECRETARY", "2027-01-01").then().statusCode(201);
    }

    @Test
    void aMemberHoldsOnePositionInACommitteeAtATime() {
        Organization cell = Organization.child(Organization.bloc(), "GRASSROOTS_CELL");
        UUID leadership = Committees.committee(cell.id(), "CELL_COMMITTEE");
        UUID member = Members.admit("Phan Văn Nam", cell.id(), true);
        Members.admitFull(cell.id(), 8); // a cell of 9 full members elects a cell committee (rule 4)
        String seat = start(leadership, member, "MEMBER", "2025-06-20")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        start(leadership, member, "SECRETARY", "2025-09-01")
                .then()
                .statusCode(422)
                .body("rule", equalTo("POS-ONE-SEAT"));
        start(leadership, member, "DEPUTY_SECRETARY", "2025-01-01")
                .then()
                .statusCode(422)
                .body("rule", equalTo("POS-ONE-SEAT"));

        terminate(seat, "2025-08-31", "REASSIGNMENT").then().statusCode(200);
        start(leadership, member, "SECRETARY", "2025-09-01").then().statusCode(201);
    }

    @Test
    void twoRequestsRacingToSeatOneMemberTwiceInACommitteeLeaveOneSeat() {
        Organization organization = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        Organization cell = Organization.child(organization, "SUBORDINATE_CELL");
        UUID leadership = Committees.committee(organization.id(), "EXECUTIVE_COMMITTEE");
        for (int round = 0; round < 100; round++) {
            UUID member = Members.admit("Vũ Thị Oanh", cell.id(), true);
            CompletableFuture<Integer> a = CompletableFuture.supplyAsync(
                    () -> start(leadership, member, "MEMBER", "2027-01-01").statusCode());
            CompletableFuture<Integer> b = CompletableFuture.supplyAsync(() ->
                    start(leadership, member, "DEPUTY_SECRETARY", "2027-01-01").statusCode());
            List<Integer> statuses = List.of(a.join(), b.join());
            assertTrue(
                    statuses.contains(201) && statuses.contains(422),
                    "round " + round + ": one seat is taken, the other request gets 422: " + statuses);
        }
    }

    @Test
    void twoRequestsRacingForAVacantSecretaryPostLeaveOneSecretary() {
        Organization committee = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        for (int round = 0; round < 100; round++) {
            Organization cell = Organization.child(committee, "SUBORDINATE_CELL");
            UUID leadership = Committees.committee(cell.id(), "CELL_COMMITTEE");
            UUID one = Members.admit("Trương Văn Lâm", cell.id(), true);
            UUID other = Members.admit("Mai Thị Lan", cell.id(), true);
            CompletableFuture<Integer> a = CompletableFuture.supplyAsync(
                    () -> start(leadership, one, "SECRETARY", "2027-01-01").statusCode());
            CompletableFuture<Integer> b = CompletableFuture.supplyAsync(
                    () -> start(leadership, other, "SECRETARY", "2027-01-01").statusCode());
            List<Integer> statuses = List.of(a.join(), b.join());
            assertTrue(
                    statuses.contains(201) && statuses.contains(422),
                    "round " + round + ": one secretary wins, the other gets 422: " + statuses);
        }
    }

    @Test
    void standingCommitteeMembersSitOnTheExecutive() {
        Organization committee = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        Organization cell = Organization.child(committee, "SUBORDINATE_CELL");
        UUID executive = Committees.committee(committee.id(), "EXECUTIVE_COMMITTEE");
        UUID standing = Committees.committee(committee.id(), "STANDING_COMMITTEE");
        UUID member = Members.admit("Cao Văn Nam", cell.id(), true);
        Committees.seatNewMembers(executive, cell.id(), 9, "2025-06-20");
        start(standing, member, "MEMBER", "2025-06-20")
                .then()
                .statusCode(422)
                .body("rule", equalTo("POS-STANDING-ON-EXECUTIVE"));
        start(executive, member, "MEMBER", "2025-06-20").then().statusCode(201);
        start(standing, member, "SECRETARY", "2025-06-20").then().statusCode(201);
    }

    @Test
    void aCellOfFewerThanNineFullMembersElectsASecretaryAndOneDeputyButNoCellCommittee() {
        Organization cell = Organization.child(Organization.bloc(), "GRASSROOTS_CELL");
        UUID leadership = Committees.committee(cell.id(), "CELL_COMMITTEE");
        List<UUID> members = Members.admitFull(cell.id(), 8);
        Members.admit("Dự Bị Một", cell.id(), false); // a probationary member does not count
        Committees.seat(leadership, members.get(0), "SECRETARY", "2025-06-20");
        Committees.seat(leadership, members.get(1), "DEPUTY_SECRETARY", "2025-06-20");
        start(leadership, members.get(2), "DEPUTY_SECRETARY", "2025-06-20")
                .then()
                .statusCode(422)
                .body("rule", equalTo("POS-CELL-ONE-DEPUTY"));
        start(leadership, members.get(2), "MEMBER", "2025-06-20")
                .then()
                .statusCode(422)
                .body("rule", equalTo("POS-CELL-COMMITTEE-SIZE"))
                .body("detail", containsString("8 full members, fewer than 9"));

        Members.admit("Chính Thức Chín", cell.id(), true);
        Committees.seat(leadership, members.get(2), "MEMBER", "2025-06-20");
    }

    @Test
    void aCellCommitteeHasAtMostSevenSeats() {
        Organization cell = Organization.child(Organization.bloc(), "GRASSROOTS_CELL");
        UUID leadership = Committees.committee(cell.id(), "CELL_COMMITTEE");
        List<UUID> members = Members.admitFull(cell.id(), 9);
        Committees.seat(leadership, members.get(0), "SECRETARY", "2025-06-20");
        for (int i = 1; i < 7; i++) {
            Committees.seat(leadership, members.get(i), "MEMBER", "2025-06-20");
        }
        start(leadership, members.get(7), "MEMBER", "2025-06-20")
                .then()
                .statusCode(422)
                .body("rule", equalTo("POS-CELL-COMMITTEE-SIZE"));
        start(leadership, members.get(7), "DEPUTY_SECRETARY", "2025-06-20")
                .then()
                .statusCode(422)
                .body("rule", equalTo("POS-CELL-COMMITTEE-SIZE"));
    }

    @Test
    void onlyAnExecutiveCommitteeOfNineElectsAStandingCommittee() {
        Organization committee = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        Organization cell = Organization.child(committee, "SUBORDINATE_CELL");
        UUID executive = Committees.committee(committee.id(), "EXECUTIVE_COMMITTEE");
        UUID standing = Committees.committee(committee.id(), "STANDING_COMMITTEE");
        UUID secretary = Members.admit("Kha Văn Bí", cell.id(), true);
        Committees.seat(executive, secretary, "SECRETARY", "2025-06-20");
        Committees.seatNewMembers(executive, cell.id(), 7, "2025-06-20");
        start(standing, secretary, "SECRETARY", "2025-06-20")
                .then()
                .statusCode(422)
                .body("rule", equalTo("POS-STANDING-COMMITTEE-SIZE"));

        Committees.seatNewMembers(executive, cell.id(), 1, "2025-06-20");
        Committees.seat(standing, secretary, "SECRETARY", "2025-06-20");
    }

    @Test
    void statisticsCountEachCommitteeMemberOnceWithTheirQualificationsAndShares() {
        Organization committee = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        Organization cell = Organization.child(committee, "SUBORDINATE_CELL");
        UUID executive = Committees.committee(committee.id(), "EXECUTIVE_COMMITTEE");
        UUID inspection = Committees.committee(committee.id(), "INSPECTION_COMMITTEE");
        UUID a = Members.admitDetailed(cell.id(), "MALE", "1975-02-01", "MASTER", "ADVANCED", null, null, true);
        UUID b = Members.admitDetailed(cell.id(), "FEMALE", "1985-03-04", "BACHELOR", "ELEMENTARY", null, null, false);
        Members.admit("Hà Văn Út", cell.id(), false);
        start(executive, a, "SECRETARY", "2025-06-20").then().statusCode(201);
        start(executive, b, "MEMBER", "2025-06-20").then().statusCode(201);
        start(inspection, b, "CHAIR", "2025-06-20").then().statusCode(201);
        given().auth()
                .oauth2(admin())
                .queryParam("organizationId", committee.id().toString())
                .get("/api/v1/members/statistics")
                .then()
                .statusCode(200)
                .body("members.total", equalTo(3))
                .body("members.byKind.PROBATIONARY", equalTo(1))
                .body("committeeMembers.total", equalTo(2))
                .body("committeeMembers.byPosition.SECRETARY", equalTo(1))
                .body("committeeMembers.byPosition.CHAIR", equalTo(1))
                .body("committeeMembers.byDegree", equalTo(Map.of("MASTER", 1, "BACHELOR", 1)))
                .body("committeeMembers.byAcademicTitle", equalTo(Map.of("UNKNOWN", 2)))
                .body("committeeMembers.byPoliticalTheory", equalTo(Map.of("ADVANCED", 1, "ELEMENTARY", 1)))
                .body("committeeMembers.masterShare", equalTo(50.0f));
    }

    @Test
    void aCommitteeMemberFollowsCellsOfTheirOwnOrganizationOnly() {
        Organization committee = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        Organization followed = Organization.child(committee, "SUBORDINATE_CELL");
        Organization foreign =
                Organization.child(Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE"), "SUBORDINATE_CELL");
        UUID executive = Committees.committee(committee.id(), "EXECUTIVE_COMMITTEE");
        UUID member = Members.admit("Vương Văn Xuân", followed.id(), true);
        String position = start(executive, member, "MEMBER", "2025-06-20")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        String path = "/api/v1/positions/" + position + "/responsibilities";
        assignFollowing(position, followed.id()).then().statusCode(201).body("attendsMeetings", equalTo(true));
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"field\":\"Kiểm tra\",\"followedOrganizationId\":\"" + foreign.id() + "\"}")
                .post(path)
                .then()
                .statusCode(422)
                .body("rule", equalTo("RESP-FOLLOWED-CELL"));
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"field\":\"Kiểm tra\",\"followedOrganizationId\":\"" + committee.id() + "\"}")
                .post(path)
                .then()
                .statusCode(422)
                .body("rule", equalTo("RESP-FOLLOWED-CELL"));
        given().auth()
                .oauth2(vn.partybloc.testing.Tokens.as("viewer"))
                .get(path)
                .then()
                .statusCode(200)
                .body("field", org.hamcrest.Matchers.contains("Công tác tổ chức"));
        terminate(position, "2026-01-01", "REASSIGNMENT").then().statusCode(200);
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"field\":\"Tuyên giáo\"}")
                .post(path)
                .then()
                .statusCode(422)
                .body("rule", equalTo("RESP-POSITION-HELD"));
    }

    @Test
    void theSeatsOfAMemberWhoDiesEndThatDayAndTheEndIsPublished() throws Exception {
        Organization cell = Organization.child(Organization.bloc(), "GRASSROOTS_CELL");
        UUID leadership = Committees.committee(cell.id(), "CELL_COMMITTEE");
        UUID member = Members.admit("Hồ Văn Mất", cell.id(), true);
        String position = start(leadership, member, "SECRETARY", "2025-06-20")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        try (KafkaTestConsumer published = new KafkaTestConsumer("party.positions.v1")) {
            given().auth()
                    .oauth2(admin())
                    .contentType("application/json")
                    .body("{\"kind\":\"DIED\",\"date\":\"2025-09-02\"}")
                    .post("/api/v1/members/" + member + "/departures")
                    .then()
                    .statusCode(200);

            given().auth()
                    .oauth2(admin())
                    .get("/api/v1/positions/" + position)
                    .then()
                    .body("endsOn", equalTo("2025-09-02"))
                    .body("endReason", equalTo("DEATH"));
            var ended = published.await(
                    r -> position.equals(r.key())
                            && "CommitteePositionEnded".equals(KafkaTestConsumer.header(r, "ce_type")),
                    found -> !found.isEmpty(),
                    Duration.ofSeconds(30));
            assertEquals(
                    "DEATH",
                    new com.fasterxml.jackson.databind.ObjectMapper()
                            .readTree(ended.get(0).value())
                            .path("endReason")
                            .asText());
        }
    }

    /**
     * Which cell a committee member follows travels with their position (ADR 0013): each assignment publishes the
     * position's new state with all its responsibilities, and the position's end carries the ones that end with it.
     */
    @Test
    void aResponsibilityIsPublishedWithThePositionAndEndsWithIt() throws Exception {
        Organization committee = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        Organization followed = Organization.child(committee, "SUBORDINATE_CELL");
        UUID executive = Committees.committee(committee.id(), "EXECUTIVE_COMMITTEE");
        UUID member = Members.admit("Lã Văn Khải", followed.id(), true);
        String position = start(executive, member, "MEMBER", "2025-06-20")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        try (KafkaTestConsumer published = new KafkaTestConsumer("party.positions.v1")) {
            String responsibility = assignFollowing(position, followed.id())
                    .then()
                    .statusCode(201)
                    .extract()
                    .path("id");
            terminate(position, "2026-12-31", "ROTATION").then().statusCode(200);

            var events =
                    published.await(r -> position.equals(r.key()), found -> found.size() >= 3, Duration.ofSeconds(30));
            assertEquals(
                    List.of("CommitteePositionStarted", "ResponsibilityAssigned", "CommitteePositionEnded"),
                    events.stream()
                            .map(r -> KafkaTestConsumer.header(r, "ce_type"))
                            .toList());
            var json = new com.fasterxml.jackson.databind.ObjectMapper();
            var started = json.readTree(events.get(0).value());
            var assigned = json.readTree(events.get(1).value());
            var ended = json.readTree(events.get(2).value());
            assertEquals(0, started.path("responsibilities").size());
            for (var state : List.of(assigned, ended)) {
                assertEquals(1, state.path("responsibilities").size(), state.toString());
                assertEquals(
                        responsibility,
                        state.at("/responsibilities/0/responsibilityId").asText());
                assertEquals(
                        followed.id().toString(),
                        state.at("/responsibilities/0/followedOrganizationId").asText());
                assertTrue(state.at("/responsibilities/0/attendsMeetings").asBoolean());
            }
            assertTrue(
                    started.path("version").asLong() < assigned.path("version").asLong(), "a new version");
            assertTrue(assigned.path("version").asLong() < ended.path("version").asLong(), "a new version");
        }
    }

    @Test
    void aReElectedMemberAndASecondSeatAreNotNewlyAddedButAFirstSeatIs() throws Exception {
        Organization organization = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        Organization cell = Organization.child(organization, "SUBORDINATE_CELL");
        UUID member = Members.admit("Tạ Văn Tái", cell.id(), true);
        UUID newcomer = Members.admit("Tạ Văn Mới", cell.id(), true);
        UUID earlier = Committees.committee(organization.id(), "EXECUTIVE_COMMITTEE", 2020, 2025);
        UUID executive = Committees.committee(organization.id(), "EXECUTIVE_COMMITTEE", 2025, 2030);
        UUID standing = Committees.committee(organization.id(), "STANDING_COMMITTEE", 2025, 2030);
        UUID inspection = Committees.committee(organization.id(), "INSPECTION_COMMITTEE", 2025, 2030);
        String first = Committees.seat(earlier, member, "MEMBER", "2020-08-01");
        String reElected = Committees.seat(executive, member, "MEMBER", "2025-08-01");
        Committees.seatNewMembers(executive, cell.id(), 8, "2025-08-01"); // 9 elect a standing committee (rule 5)
        String secondSeat = Committees.seat(standing, member, "MEMBER", "2025-08-01");
        String otherFamily = Committees.seat(inspection, newcomer, "MEMBER", "2025-08-01");
        String newlyAdded = Committees.seat(executive, newcomer, "MEMBER", "2025-08-01");

        try (KafkaTestConsumer published = new KafkaTestConsumer("party.positions.v1")) {
            List<String> seats = List.of(first, reElected, secondSeat, otherFamily, newlyAdded);
            var started = published.await(
                    r -> seats.contains(r.key())
                            && "CommitteePositionStarted".equals(KafkaTestConsumer.header(r, "ce_type")),
                    found -> found.size() == seats.size(),
                    Duration.ofSeconds(30));
            Map<String, Boolean> newToCommittee = new java.util.HashMap<>();
            for (var record : started) {
                newToCommittee.put(
                        record.key(),
                        new com.fasterxml.jackson.databind.ObjectMapper()
                                .readTree(record.value())
                                .path("newToCommittee")
                                .asBoolean());
            }
            assertEquals(
                    Map.of(first, true, reElected, false, secondSeat, false, otherFamily, true, newlyAdded, true),
                    newToCommittee);
        }
    }

    @Test
    void startedPositionsArePublishedForTheTrainingObligation() throws Exception {
        Organization cell = Organization.child(Organization.bloc(), "GRASSROOTS_CELL");
        UUID leadership = Committees.committee(cell.id(), "CELL_COMMITTEE");
        UUID member = Members.admit("Tôn Nữ Phương", cell.id(), true);
        String position = start(leadership, member, "SECRETARY", "2025-06-20")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                KafkaResource.bootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG,
                "test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                StringDeserializer.class))) {
            consumer.subscribe(List.of("party.positions.v1"));
            ConsumerRecord<String, String>[] found = new ConsumerRecord[1];
            Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (r.key().equals(position)) {
                        found[0] = r;
                    }
                });
                return found[0] != null;
            });
            assertEquals(
                    "CommitteePositionStarted",
                    new String(found[0].headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8));
            var data = new com.fasterxml.jackson.databind.ObjectMapper().readTree(found[0].value());
            assertTrue(data.path("newToCommittee").asBoolean(), found[0].value());
            assertEquals(member.toString(), data.path("memberId").asText());
            assertEquals("CELL_COMMITTEE", data.path("committeeKind").asText());
            assertTrue(!found[0].value().contains("nationalId"), "sensitive fields never travel in events");
        }
    }

    @Test
    void aCommitteeAPositionAndAResponsibilityAreReadWhereTheirLocationsPointInsideTheCallersSubtree() {
        Organization organization = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        Organization cell = Organization.child(organization, "SUBORDINATE_CELL");
        Organization other = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        var formed = given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body(Committees.body(organization.id(), "EXECUTIVE_COMMITTEE"))
                .post("/api/v1/committees")
                .then()
                .statusCode(201)
                .extract();
        String committee = formed.path("id");
        UUID member = Members.admit("Lạc Văn Đọc", cell.id(), true);
        var started = start(UUID.fromString(committee), member, "MEMBER", "2025-06-20")
                .then()
                .statusCode(201)
                .extract();
        String position = started.path("id");
        var assigned = given().auth()
                .oauth2(admin())
                .contentType("application/json; charset=UTF-8")
                .body("{\"field\":\"Công tác dân vận\",\"followedOrganizationId\":\"" + cell.id() + "\"}")
                .post("/api/v1/positions/" + position + "/responsibilities")
                .then()
                .statusCode(201)
                .extract();
        String responsibility = assigned.path("id");

        String viewer = vn.partybloc.testing.Tokens.as("viewer");
        given().auth()
                .oauth2(viewer)
                .get(formed.header("Location"))
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(committee))
                .body("kind", equalTo("EXECUTIVE_COMMITTEE"))
                .body("organizationId", equalTo(organization.id().toString()));
        given().auth()
                .oauth2(viewer)
                .get(started.header("Location"))
                .then()
                .statusCode(200)
                // its responsibility is part of the position's state (ADR 0013): assigning it made version 1
                .header("ETag", "\"1\"")
                .body("id", equalTo(position))
                .body("memberId", equalTo(member.toString()))
                .body("committeeId", equalTo(committee));
        given().auth()
                .oauth2(viewer)
                .get(assigned.header("Location"))
                .then()
                .statusCode(200)
                .body("id", equalTo(responsibility))
                .body("field", equalTo("Công tác dân vận"))
                .body("followedOrganizationId", equalTo(cell.id().toString()));

        String committeePath = "/api/v1/committees/" + committee;
        String positionPath = "/api/v1/positions/" + position;
        String responsibilityPath = positionPath + "/responsibilities/" + responsibility;
        String mySecretary = vn.partybloc.testing.Tokens.secretaryOf(organization.id());
        String otherSecretary = vn.partybloc.testing.Tokens.secretaryOf(other.id());
        for (String path : List.of(committeePath, positionPath, responsibilityPath)) {
            given().auth().oauth2(mySecretary).get(path).then().statusCode(200);
            given().auth().oauth2(otherSecretary).get(path).then().statusCode(404);
        }
        given().auth()
                .oauth2(admin())
                .get("/api/v1/committees/" + UUID.randomUUID())
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(admin())
                .get("/api/v1/positions/" + UUID.randomUUID())
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(admin())
                .get(positionPath + "/responsibilities/" + UUID.randomUUID())
                .then()
                .statusCode(404);
    }
}
