package vn.partybloc.member;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.partybloc.member.Members.admin;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.DocumentedEvent;
import vn.partybloc.testing.DocumentedEvent.Organization;
import vn.partybloc.testing.EventFeed;
import vn.partybloc.testing.KafkaTestConsumer;

/**
 * No member is left in a cell that merged or split (issue 13): organization-service's {@code OrganizationsMerged} and
 * {@code OrganizationSplit} are all member-service hears of it, and the members follow into the continuing cells.
 */
@QuarkusTest
class StructuralMovesTest {

    private static final String DECISION = StructuralChanges.DECISION;
    private static final String EFFECTIVE = StructuralChanges.EFFECTIVE;

    @Test
    void theMembersOfAMergedCellMoveToTheTargetByTheDecisionAndTheirCellSeatsEnd() {
        Organization source = Organization.child(Organization.bloc(), "GRASSROOTS_CELL");
        Organization target = Organization.child(Organization.bloc(), "GRASSROOTS_CELL");
        UUID secretary = Members.admit("Trần Văn Gộp", source.id(), true);
        UUID probationary = Members.admit("Lê Thị Theo", source.id(), false);
        UUID seat = UUID.fromString(Committees.seat(
                Committees.committee(source.id(), "CELL_COMMITTEE", 2020, 2025), secretary, "SECRETARY", "2020-08-01"));
        UUID change = UUID.randomUUID();

        try (KafkaTestConsumer published = new KafkaTestConsumer("party.members.v1");
                KafkaTestConsumer seats = new KafkaTestConsumer("party.positions.v1")) {
            StructuralChanges.send(
                    source,
                    StructuralChanges.merged(source, change, target.id()),
                    UUID.randomUUID().toString());

            awaitCell(probationary, target.id());
            for (UUID moved : List.of(secretary, probationary)) {
                assertEquals(target.id().toString(), cellOf(moved));
                given().auth()
                        .oauth2(admin())
                        .get("/api/v1/members/" + moved + "/history")
                        .then()
                        .body("find { it.kind == 'MOVED' }.occurredOn", equalTo(EFFECTIVE))
                        .body("find { it.kind == 'MOVED' }.decisionNumber", equalTo(DECISION))
                        .body(
                                "find { it.kind == 'MOVED' }.fromOrganizationId",
                                equalTo(source.id().toString()))
                        .body("find { it.kind == 'MOVED' }.organizationChangeId", equalTo(change.toString()));
            }
            given().auth()
                    .oauth2(admin())
                    .get("/api/v1/positions/" + seat)
                    .then()
                    .body("endsOn", equalTo(EFFECTIVE))
                    .body("endReason", equalTo("REASSIGNMENT"));
            given().auth()
                    .oauth2(admin())
                    .get("/api/v1/members/organization-changes/" + change)
                    .then()
                    .statusCode(200)
                    .body("carried.memberId", containsInAnyOrder(secretary.toString(), probationary.toString()))
                    .body("unapplied", empty());

            published.await(
                    r -> List.of(secretary.toString(), probationary.toString()).contains(r.key())
                            && "MemberMoved".equals(KafkaTestConsumer.header(r, "ce_type")),
                    found -> found.size() == 2,
                    Duration.ofSeconds(30));
            seats.await(
                    r -> seat.toString().equals(r.key())
                            && "CommitteePositionEnded".equals(KafkaTestConsumer.header(r, "ce_type")),
                    found -> found.size() == 1,
                    Duration.ofSeconds(30));
        }
    }

    @Test
    void aSplitMovesListedMembersToTheirPartTheOthersToTheFirstAndKeepsWhatItCannotApply() {
        Organization committee = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        Organization source = Organization.child(committee, "SUBORDINATE_CELL");
        Organization first = Organization.child(committee, "SUBORDINATE_CELL");
        Organization second = Organization.child(committee, "SUBORDINATE_CELL");
        Organization elsewhere = Organization.child(committee, "SUBORDINATE_CELL");
        UUID unlisted = Members.admit("Phạm Văn Đầu", source.id(), true);
        UUID listed = Members.admit("Hoàng Thị Hai", source.id(), true);
        UUID stranger = Members.admit("Ngô Văn Lạ", elsewhere.id(), true);
        UUID change = UUID.randomUUID();
        DocumentedEvent split = StructuralChanges.split(source, change, List.of(first.id(), second.id()))
                .with(
                        "memberAllocation",
                        List.of(Map.of("organizationId", second.id(), "memberIds", List.of(listed, stranger))));

        String delivered = UUID.randomUUID().toString();
        StructuralChanges.send(source, split, delivered);
        awaitCell(listed, second.id());
        assertEquals(first.id().toString(), cellOf(unlisted));
        assertEquals(elsewhere.id().toString(), cellOf(stranger));

        String republished = UUID.randomUUID().toString();
        StructuralChanges.send(source, split, delivered);
        StructuralChanges.send(source, split, republished);
        EventFeed.awaitConsumed(List.of(delivered, republished));

        given().auth()
                .oauth2(admin())
                .get("/api/v1/members/organization-changes/" + change)
                .then()
                .statusCode(200)
                .body("carried", hasSize(2))
                .body("carried.memberId", containsInAnyOrder(unlisted.toString(), listed.toString()))
                .body("unapplied", hasSize(1))
                .body("unapplied[0].memberId", equalTo(stranger.toString()))
                .body("unapplied[0].organizationId", equalTo(source.id().toString()))
                .body("unapplied[0].reason", equalTo("NOT_IN_THE_ORGANIZATION"));
        given().auth()
                .oauth2(admin())
                .get("/api/v1/members/" + listed + "/history")
                .then()
                .body("findAll { it.kind == 'MOVED' }", hasSize(1));
    }

    @Test
    void membersOfACellMergedIntoAnOrganizationThatHoldsNoMembersStayAndAreListed() {
        Organization source = Organization.child(Organization.bloc(), "GRASSROOTS_CELL");
        Organization target = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        UUID member = Members.admit("Đặng Văn Chờ", source.id(), true);
        UUID change = UUID.randomUUID();
        String delivered = UUID.randomUUID().toString();

        StructuralChanges.send(source, StructuralChanges.merged(source, change, target.id()), delivered);
        EventFeed.awaitConsumed(List.of(delivered));

        assertEquals(source.id().toString(), cellOf(member));
        given().auth()
                .oauth2(admin())
                .get("/api/v1/members/organization-changes/" + change)
                .then()
                .body("carried", empty())
                .body("unapplied.memberId", containsInAnyOrder(member.toString()))
                .body("unapplied[0].reason", equalTo("TARGET_NOT_A_CELL"));
    }

    private static void awaitCell(UUID member, UUID cell) {
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> cell.toString().equals(cellOf(member)));
    }

    private static String cellOf(UUID member) {
        return given().auth()
                .oauth2(admin())
                .get("/api/v1/members/" + member)
                .then()
                .statusCode(200)
                .extract()
                .path("organizationId");
    }
}
