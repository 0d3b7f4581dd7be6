package vn.partybloc.member;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.partybloc.member.Members.admin;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.DocumentedEvent;
import vn.partybloc.testing.DocumentedEvent.Organization;
import vn.partybloc.testing.EventFeed;
import vn.partybloc.testing.KafkaTestConsumer;

/**
 * An organization transferred out of the Bloc takes its members with it (issue 13): organization-service's
 * {@code OrganizationTransferredOut} is all member-service hears of it.
 */
@QuarkusTest
class TransferOutTest {

    private static final String DECISION = "310-QĐ/ĐUK";
    private static final String EFFECTIVE = "2022-07-01";

    @Test
    void theMembersOfTheSubtreeLeaveWithTheOrganizationOnItsDateAndTheirSeatsEnd() {
        Organization leaving = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        Organization cell = Organization.child(leaving, "SUBORDINATE_CELL");
        Organization staying = Organization.child(Organization.bloc(), "GRASSROOTS_CELL");
        UUID secretary = Members.admit("Trần Văn Đi", cell.id(), true);
        UUID member = Members.admit("Lê Thị Theo", cell.id(), false);
        UUID stays = Members.admit("Phạm Văn Ở", staying.id(), true);
        UUID committee = Committees.committee(leaving.id(), "EXECUTIVE_COMMITTEE", 2020, 2025);
        String seat = seat(committee, secretary);

        try (KafkaTestConsumer published = new KafkaTestConsumer("party.members.v1");
                KafkaTestConsumer seats = new KafkaTestConsumer("party.positions.v1")) {
            transferOut(leaving, UUID.randomUUID().toString());

            Awaitility.await()
                    .atMost(Duration.ofSeconds(30))
                    .until(() -> Members.status(member).equals("TRANSFERRED_OUT"));
            for (UUID gone : List.of(secretary, member)) {
                assertEquals("TRANSFERRED_OUT", Members.status(gone));
                given().auth()
                        .oauth2(admin())
                        .get("/api/v1/members/" + gone + "/history")
                        .then()
                        .statusCode(200)
                        .body("findAll { it.kind == 'TRANSFERRED_OUT' }", hasSize(1))
                        .body("find { it.kind == 'TRANSFERRED_OUT' }.occurredOn", equalTo(EFFECTIVE))
                        .body("find { it.kind == 'TRANSFERRED_OUT' }.decisionNumber", equalTo(DECISION))
                        .body(
                                "find { it.kind == 'TRANSFERRED_OUT' }.fromOrganizationId",
                                equalTo(cell.id().toString()));
            }
            assertEquals("ACTIVE", Members.status(stays));
            given().auth()
                    .oauth2(admin())
                    .get("/api/v1/positions/" + seat)
                    .then()
                    .body("endsOn", equalTo(EFFECTIVE))
                    .body("endReason", equalTo("REASSIGNMENT"));

            List<ConsumerRecord<String, String>> left = published.await(
                    r -> List.of(secretary.toString(), member.toString()).contains(r.key())
                            && "MemberTransferredOut".equals(KafkaTestConsumer.header(r, "ce_type")),
                    found -> found.size() == 2,
                    Duration.ofSeconds(30));
            assertEquals(2, left.size());
            seats.await(
                    r -> seat.equals(r.key())
                            && "CommitteePositionEnded".equals(KafkaTestConsumer.header(r, "ce_type")),
                    found -> found.size() == 1,
                    Duration.ofSeconds(30));
        }
    }

    @Test
    void statisticsBeforeTheDateStillCountThemAndFromTheDateOnlyByStatus() {
        Organization leaving = Organization.child(Organization.bloc(), "GRASSROOTS_CELL");
        UUID member = Members.admit("Đoàn Văn Cũ", leaving.id(), true);
        transferOut(leaving, UUID.randomUUID().toString());
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> Members.status(member).equals("TRANSFERRED_OUT"));

        given().auth()
                .oauth2(admin())
                .queryParam("organizationId", leaving.id().toString())
                .queryParam("asOf", "2022-06-30")
                .get("/api/v1/members/statistics")
                .then()
                .body("members.byStatus.ACTIVE", equalTo(1))
                .body("members.total", equalTo(1))
                .body("members.byKind.FULL", equalTo(1));
        given().auth()
                .oauth2(admin())
                .queryParam("organizationId", leaving.id().toString())
                .queryParam("asOf", EFFECTIVE)
                .get("/api/v1/members/statistics")
                .then()
                .body("members.byStatus.TRANSFERRED_OUT", equalTo(1))
                .body("members.total", equalTo(0))
                .body("members.byKind.FULL", nullValue());
        given().auth()
                .oauth2(admin())
                .queryParam("organizationId", leaving.id().toString())
                .queryParam("asOf", "2022-06-30")
                .queryParam("status", "ACTIVE")
                .get("/api/v1/members")
                .then()
                .body("items.id", hasItem(member.toString()));
    }

    @Test
    void aRedeliveredOrRepublishedTransferChangesNothingMore() {
        Organization leaving = Organization.child(Organization.bloc(), "GRASSROOTS_CELL");
        UUID member = Members.admit("Vũ Văn Lặp", leaving.id(), true);
        String first = UUID.randomUUID().toString();
        transferOut(leaving, first);
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> Members.status(member).equals("TRANSFERRED_OUT"));
        String version = Members.etag(member);

        String republished = UUID.randomUUID().toString();
        transferOut(leaving, first);
        transferOut(leaving, republished);
        EventFeed.awaitConsumed(List.of(first, republished));

        given().auth().oauth2(admin()).get("/api/v1/members/" + member).then().header("ETag", equalTo(version));
        given().auth()
                .oauth2(admin())
                .get("/api/v1/members/" + member + "/history")
                .then()
                .body("findAll { it.kind == 'TRANSFERRED_OUT' }", hasSize(1));
    }

    private static void transferOut(Organization org, String eventId) {
        String data = DocumentedEvent.organization(
                        "OrganizationTransferredOut",
                        org.id(),
                        "TO" + org.id().toString().substring(0, 6),
                        org.type(),
                        org.path().get(org.path().size() - 2),
                        org.path(),
                        "TRANSFERRED_OUT",
                        1)
                .with("change.decisionNumber", DECISION)
                .with("change.effectiveDate", EFFECTIVE)
                .json();
        EventFeed.send("party.organizations.v1", "OrganizationTransferredOut", org.id(), data, eventId);
    }

    private static String seat(UUID committee, UUID member) {
        return given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"committeeId\":\"" + committee + "\",\"memberId\":\"" + member
                        + "\",\"position\":\"SECRETARY\",\"appointment\":\"ELECTED\",\"decisionNumber\":\"20-QĐ/ĐUK\","
                        + "\"startsOn\":\"2020-08-01\"}")
                .post("/api/v1/positions")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
