package vn.partybloc.member;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.partybloc.member.Members.admin;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.DocumentedEvent;
import vn.partybloc.testing.DocumentedEvent.Organization;
import vn.partybloc.testing.EventFeed;
import vn.partybloc.testing.KafkaTestConsumer;

/**
 * A screening that strikes a member off or expels them (evaluation-service's {@code ScreeningDecided}, issue 20) is
 * their departure from the register, dated and numbered by the decision; nothing else follows from a screening.
 */
@QuarkusTest
class ScreeningDepartureTest {

    private static final String DECIDED_ON = "2024-08-20";
    private static final String DECISION = "45-QĐ/ĐU";

    @Test
    void anExpelledMemberLeavesOnTheDecisionsDateCitingItAndTheirSeatsEnd() {
        Organization grassroots = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        Organization cell = Organization.child(grassroots, "SUBORDINATE_CELL");
        UUID member = Members.admit("Mạc Văn Trừ", cell.id(), true);
        UUID committee = Committees.committee(grassroots.id(), "EXECUTIVE_COMMITTEE", 2020, 2025);
        String seat = Committees.seat(committee, member, "SECRETARY", "2020-08-01");
        UUID finding = UUID.randomUUID();

        try (KafkaTestConsumer published = new KafkaTestConsumer("party.members.v1")) {
            EventFeed.awaitConsumed(List.of(decided(finding, member, "EXPELLED", UUID.randomUUID())));

            assertEquals("EXPELLED", status(member));
            given().auth()
                    .oauth2(admin())
                    .get("/api/v1/members/" + member + "/history")
                    .then()
                    .statusCode(200)
                    .body("findAll { it.kind == 'EXPELLED' }", hasSize(1))
                    .body("find { it.kind == 'EXPELLED' }.occurredOn", equalTo(DECIDED_ON))
                    .body("find { it.kind == 'EXPELLED' }.decisionNumber", equalTo(DECISION))
                    .body("find { it.kind == 'EXPELLED' }.screeningFindingId", equalTo(finding.toString()))
                    .body("find { it.kind == 'EXPELLED' }.recordedBy", equalTo("evaluation-service"));
            given().auth()
                    .oauth2(admin())
                    .get("/api/v1/positions/" + seat)
                    .then()
                    .body("endsOn", equalTo(DECIDED_ON))
                    .body("endReason", equalTo("LEFT_THE_PARTY"));
            published.await(
                    r -> member.toString().equals(r.key())
                            && "MemberExpelled".equals(KafkaTestConsumer.header(r, "ce_type")),
                    found -> found.size() == 1,
                    Duration.ofSeconds(30));
        }
    }

    @Test
    void aRetainedMemberStaysAndAStruckOffOneLeavesOnceWhateverIsRedelivered() {
        Organization cell = Organization.child(Organization.bloc(), "GRASSROOTS_CELL");
        UUID retained = Members.admit("Lưu Văn Giữ", cell.id(), true);
        UUID struckOff = Members.admit("Xa Văn Tên", cell.id(), true);
        UUID finding = UUID.randomUUID();
        UUID first = UUID.randomUUID();

        EventFeed.awaitConsumed(List.of(
                decided(UUID.randomUUID(), retained, "RETAINED", UUID.randomUUID()),
                decided(finding, struckOff, "STRUCK_OFF", first)));
        assertEquals("ACTIVE", status(retained));
        assertEquals("STRUCK_OFF", status(struckOff));
        String version = etag(struckOff);

        EventFeed.awaitConsumed(List.of(
                decided(finding, struckOff, "STRUCK_OFF", first),
                decided(finding, struckOff, "STRUCK_OFF", UUID.randomUUID()),
                decided(UUID.randomUUID(), struckOff, "EXPELLED", UUID.randomUUID())));

        assertEquals(version, etag(struckOff));
        given().auth()
                .oauth2(admin())
                .get("/api/v1/members/" + struckOff + "/history")
                .then()
                .body("findAll { it.kind in ['STRUCK_OFF', 'EXPELLED'] }", hasSize(1));
    }

    @Test
    void aMemberWhoHasAlreadyLeftStaysAsTheyLeft() {
        Organization cell = Organization.child(Organization.bloc(), "GRASSROOTS_CELL");
        UUID member = Members.admit("Tạ Văn Mất", cell.id(), true);
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"kind\":\"DIED\",\"date\":\"2024-07-01\"}")
                .post("/api/v1/members/" + member + "/departures")
                .then()
                .statusCode(200);

        EventFeed.awaitConsumed(List.of(decided(UUID.randomUUID(), member, "EXPELLED", UUID.randomUUID())));

        assertEquals("DECEASED", status(member));
    }

    /** Sends evaluation-service's {@code ScreeningDecided} under the event id {@code eventId}; returns the id. */
    private static String decided(UUID finding, UUID member, String outcome, UUID eventId) {
        String data = DocumentedEvent.of("evaluation", "ScreeningDecided")
                .with("findingId", finding)
                .with("memberId", member)
                .with("outcome", outcome)
                .with("decidedOn", DECIDED_ON)
                .with("decisionNumber", DECISION)
                .json();
        return EventFeed.send("party.evaluations.v1", "ScreeningDecided", finding, data, eventId.toString());
    }

    private static String status(UUID member) {
        return given().auth()
                .oauth2(admin())
                .get("/api/v1/members/" + member)
                .then()
                .statusCode(200)
                .extract()
                .path("status");
    }

    private static String etag(UUID member) {
        return given().auth()
                .oauth2(admin())
                .get("/api/v1/members/" + member)
                .then()
                .extract()
                .header("ETag");
    }
}
