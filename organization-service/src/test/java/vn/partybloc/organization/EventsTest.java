package vn.partybloc.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.partybloc.organization.Fixtures.admin;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.File;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.partybloc.organization.domain.MemberAllocation;
import vn.partybloc.organization.events.MeetingEventData;
import vn.partybloc.organization.events.MeetingEvents;
import vn.partybloc.organization.events.OrganizationEventData;
import vn.partybloc.organization.events.OrganizationEvents;
import vn.partybloc.organization.events.TermEventData;
import vn.partybloc.testing.ExportClient;
import vn.partybloc.testing.InvalidRequestsOnPurpose;
import vn.partybloc.testing.KafkaTestConsumer;
import vn.partybloc.testing.PublishedExamples;
import vn.partybloc.testing.Tokens;

@QuarkusTest
class EventsTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    @Test
    void eachChangeIsPublishedAsACloudEventKeyedByOrganizationInOrder() throws Exception {
        UUID committee = Fixtures.committee("Đảng bộ Sở Du lịch");
        UUID target = Fixtures.committee("Đảng bộ Sở Văn hóa, Thể thao");
        UUID cell = Fixtures.cell(committee, "Chi bộ Lữ hành");
        meetOnline(cell);
        transfer(cell, target, "2030-01-01");

        try (KafkaTestConsumer consumer = new KafkaTestConsumer(OrganizationEvents.TOPIC)) {
            List<ConsumerRecord<String, String>> records = consumer.await(
                    r -> r.key().equals(cell.toString()), list -> list.size() >= 3, Duration.ofSeconds(30));
            assertEquals(
                    List.of("OrganizationFounded", "OrganizationUpdated", "OrganizationMoved"),
                    records.stream()
                            .map(r -> KafkaTestConsumer.header(r, "ce_type"))
                            .toList());
            for (ConsumerRecord<String, String> record : records) {
                assertEquals("1.0", KafkaTestConsumer.header(record, "ce_specversion"));
                assertEquals("/organization-service", KafkaTestConsumer.header(record, "ce_source"));
                assertEquals(cell.toString(), KafkaTestConsumer.header(record, "ce_subject"));
                assertEquals("application/json", KafkaTestConsumer.header(record, "content-type"));
                UUID.fromString(KafkaTestConsumer.header(record, "ce_id"));
                Instant.parse(KafkaTestConsumer.header(record, "ce_time"));
                OrganizationEventData data = JSON.readValue(record.value(), OrganizationEventData.class);
                assertEquals(cell, data.organizationId());
            }
            OrganizationEventData moved = JSON.readValue(records.get(2).value(), OrganizationEventData.class);
            assertEquals(target, moved.parentId());
            assertEquals(committee, moved.previousParentId());
            assertEquals(List.of(Fixtures.root(), target, cell), moved.path());
            assertEquals("99-QĐ/ĐUK", moved.change().decisionNumber());
            assertTrue(JSON.readValue(records.get(1).value(), OrganizationEventData.class)
                    .meetsOnline());
            assertTrue(
                    records.get(0).partition() == records.get(2).partition(),
                    "one organization's events share a partition");
        }
    }

    @Test
    @InvalidRequestsOnPurpose
    void aSplitPassesItsMemberListsOnToMemberServiceAndRefusesAMemberListedTwice() throws Exception {
        UUID committee = Fixtures.committee("Đảng bộ Trường Chính trị");
        UUID cell = Fixtures.cell(committee, "Chi bộ Khoa Lý luận");
        UUID listed = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        String twice = """
                {"into": [{"code": "%s", "name": "Chi bộ Lý luận 1", "memberIds": ["%s"]},
                          {"code": "%s", "name": "Chi bộ Lý luận 2", "memberIds": ["%s", "%s"]}],
                 "decision": %s}""".formatted(
                Fixtures.code("LL1"), listed, Fixtures.code("LL2"), other, listed, Fixtures.decision("2023-01-01"));
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body(twice)
                .post("/api/v1/organizations/" + cell + "/splits")
                .then()
                .statusCode(400)
                .body("errors[0].field", org.hamcrest.Matchers.equalTo("into[1].memberIds"));

        String split = """
                {"into": [{"code": "%s", "name": "Chi bộ Lý luận 1"},
                          {"code": "%s", "name": "Chi bộ Lý luận 2", "memberIds": ["%s", "%s"]}],
                 "decision": %s}""".formatted(
                        Fixtures.code("LL1"), Fixtures.code("LL2"), listed, other, Fixtures.decision("2023-01-01"));
        List<String> parts = given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body(split)
                .post("/api/v1/organizations/" + cell + "/splits")
                .then()
                .statusCode(200)
                .extract()
                .path("id");
        try (KafkaTestConsumer consumer = new KafkaTestConsumer(OrganizationEvents.TOPIC)) {
            ConsumerRecord<String, String> record = consumer.await(
                            r -> r.key().equals(cell.toString())
                                    && "OrganizationSplit".equals(KafkaTestConsumer.header(r, "ce_type")),
                            list -> list.size() == 1,
                            Duration.ofSeconds(30))
                    .get(0);
            OrganizationEventData data = JSON.readValue(record.value(), OrganizationEventData.class);
            assertEquals(parts.stream().map(UUID::fromString).toList(), data.splitInto());
            assertEquals(
                    List.of(new MemberAllocation(UUID.fromString(parts.get(1)), List.of(listed, other))),
                    data.memberAllocation());
        }
    }

    @Test
    void changesFeedServesTheSameEventsInCommitOrderWithACursor() {
        Fixtures.root();
        String cursor = endOfTheFeed();
        UUID org = foundedAndRenamed("Đảng bộ Sở Tài chính");

        JsonPath first = given().auth()
                .oauth2(Tokens.as("integration"))
                .queryParam("after", cursor)
                .queryParam("limit", 1)
                .get("/api/v1/changes/organizations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals("OrganizationFounded", first.getString("items[0].type"));
        assertEquals(org.toString(), first.getString("items[0].subject"));
        assertEquals("1.0", first.getString("items[0].specversion"));
        assertTrue(first.getBoolean("hasMore"));
        JsonPath second = given().auth()
                .oauth2(Tokens.as("integration"))
                .queryParam("after", first.getString("next"))
                .get("/api/v1/changes/organizations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals("OrganizationUpdated", second.getString("items[0].type"));
        assertEquals("Đảng bộ Sở Tài chính tỉnh", second.getString("items[0].data.name"));
        assertFalse(second.getBoolean("hasMore"));
        JsonPath nothingNew = given().auth()
                .oauth2(Tokens.as("integration"))
                .queryParam("after", second.getString("next"))
                .get("/api/v1/changes/organizations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(0, nothingNew.getList("items").size());
        assertEquals(second.getString("next"), nothingNew.getString("next"));

        try (KafkaTestConsumer consumer = new KafkaTestConsumer(OrganizationEvents.TOPIC)) {
            List<ConsumerRecord<String, String>> records = consumer.await(
                    r -> r.key().equals(org.toString()), list -> list.size() >= 2, Duration.ofSeconds(30));
            assertEquals(
                    List.of(first.getString("items[0].id"), second.getString("items[0].id")),
                    records.stream()
                            .map(r -> KafkaTestConsumer.header(r, "ce_id"))
                            .toList());
        }
    }

    /** Issue 19: an integrator follows only the types it acts on, from the same cursor; a malformed type is a 400. */
    @Test
    @InvalidRequestsOnPurpose
    void theChangesFeedKeepsOnlyTheTypesAsked() {
        Fixtures.root();
        String cursor = endOfTheFeed();
        UUID org = foundedAndRenamed("Đảng bộ Sở Công Thương");

        JsonPath updates = given().auth()
                .oauth2(Tokens.as("integration"))
                .queryParam("after", cursor)
                .queryParam("type", "OrganizationUpdated")
                .queryParam("type", "OrganizationDissolved")
                .get("/api/v1/changes/organizations")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of("OrganizationUpdated"), updates.getList("items.type"));
        assertEquals(org.toString(), updates.getString("items[0].subject"));
        assertFalse(updates.getBoolean("hasMore"));
        JsonPath everything = given().auth()
                .oauth2(Tokens.as("integration"))
                .queryParam("after", cursor)
                .get("/api/v1/changes/organizations")
                .then()
                .extract()
                .jsonPath();
        assertEquals(List.of("OrganizationFounded", "OrganizationUpdated"), everything.getList("items.type"));
        assertEquals(everything.getString("next"), updates.getString("next"));

        given().auth()
                .oauth2(Tokens.as("integration"))
                .queryParam("type", "x' or '1'='1")
                .get("/api/v1/changes/organizations")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("type"));
    }

    /**
     * Issue 19: the feed of a subtree holds what was in it when each event happened. A part moved with its cell to
     * another committee is in both committees' feeds, its cell's move too; what happens to the cell afterwards only in
     * the new committee's. An organization the service does not know is a 404.
     */
    @Test
    @InvalidRequestsOnPurpose
    void theChangesFeedOfASubtreeTellsOfWhatMovedOutAndWhatCameIn() {
        UUID from = Fixtures.committee("Đảng bộ Sở Xây dựng");
        UUID to = Fixtures.committee("Đảng bộ Sở Giao thông");
        UUID part =
                Fixtures.found(Fixtures.code("SB"), "Đảng bộ bộ phận Quy hoạch", "SUB_COMMITTEE", from, "2020-01-01");
        UUID cell = Fixtures.cell(part, "Chi bộ Kiến trúc");
        String cursor = endOfTheFeed();
        transfer(part, to, "2025-06-01");
        meetOnline(cell);

        String moves = "OrganizationMoved " + part + ", OrganizationMoved " + cell;
        assertEquals(moves, subtreeFeed(from, cursor));
        assertEquals(moves + ", OrganizationUpdated " + cell, subtreeFeed(to, cursor));
        assertEquals(moves + ", OrganizationUpdated " + cell, subtreeFeed(part, cursor));
        given().auth()
                .oauth2(Tokens.as("integration"))
                .queryParam("organizationId", UUID.randomUUID().toString())
                .get("/api/v1/changes/organizations")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    private static void transfer(UUID org, UUID newParent, String date) {
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"newParentId\": \"" + newParent + "\", \"decision\": " + Fixtures.decision(date) + "}")
                .post("/api/v1/organizations/" + org + "/transfers")
                .then()
                .statusCode(200);
    }

    /** The subtree's events after {@code cursor}, each as its type and subject. */
    private static String subtreeFeed(UUID organizationId, String cursor) {
        return ExportClient.feedAfter(
                        "/api/v1/changes/organizations",
                        cursor,
                        Tokens.as("integration"),
                        Map.of("organizationId", organizationId.toString()))
                .stream()
                .map(event -> event.get("type") + " " + event.get("subject"))
                .collect(Collectors.joining(", "));
    }

    private static void meetOnline(UUID org) {
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"meetsOnline\": true}")
                .patch("/api/v1/organizations/" + org)
                .then()
                .statusCode(200);
    }

    /** A committee founded, then renamed: two events, OrganizationFounded and OrganizationUpdated. */
    private static UUID foundedAndRenamed(String name) {
        UUID org = Fixtures.committee(name);
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"name\": \"" + name + " tỉnh\"}")
                .patch("/api/v1/organizations/" + org)
                .then()
                .statusCode(200);
        return org;
    }

    private static String endOfTheFeed() {
        String cursor = "0";
        for (boolean more = true; more; ) {
            JsonPath page = given().auth()
                    .oauth2(Tokens.as("integration"))
                    .queryParam("after", cursor)
                    .queryParam("limit", 1000)
                    .get("/api/v1/changes/organizations")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            cursor = page.getString("next");
            more = page.getBoolean("hasMore");
        }
        return cursor;
    }

    @Test
    void theDocumentedExamplePayloadsAreExactlyWhatIsPublished() throws Exception {
        Map<String, File> examples = PublishedExamples.of("organization");
        assertEquals(11, examples.size());
        for (Map.Entry<String, File> example : examples.entrySet()) {
            String type = example.getKey();
            if (type.equals(MeetingEvents.RECORDED)) {
                MeetingEventData month = PublishedExamples.assertExactly(example.getValue(), MeetingEventData.class);
                assertFalse(month.meetings().isEmpty(), type);
            } else if (type.startsWith("Term")) {
                TermEventData term = PublishedExamples.assertExactly(example.getValue(), TermEventData.class);
                assertNotNull(term.termId(), type);
            } else {
                OrganizationEventData data =
                        PublishedExamples.assertExactly(example.getValue(), OrganizationEventData.class);
                assertNotNull(data.organizationId(), type);
                assertNotNull(data.type(), type);
                assertFalse(data.path().isEmpty(), type);
            }
        }
    }
}
