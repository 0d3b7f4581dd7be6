package vn.partybloc.organization;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.partybloc.organization.Fixtures.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import vn.partybloc.organization.events.OrganizationEvents;
import vn.partybloc.platform.web.ProblemType;
import vn.partybloc.testing.InvalidRequestsOnPurpose;
import vn.partybloc.testing.KafkaTestConsumer;

@QuarkusTest
class FoundingBatchTest {

    private static final String RULE = ProblemType.DOMAIN_RULE.uri().toString();
    private static final String CONFLICT = ProblemType.CONFLICT.uri().toString();
    private static final String NOT_FOUND = ProblemType.NOT_FOUND.uri().toString();

    @Test
    void aBatchFoundsEveryItemAsOneFoundingAtATimeWould() throws Exception {
        UUID committee = Fixtures.committee("Đảng bộ Sở Lô");
        UUID other = Fixtures.committee("Đảng bộ Sở Lô khác");
        List<String> codes = List.of(Fixtures.code("L1"), Fixtures.code("L2"), Fixtures.code("L3"));
        List<String> ids = batch(
                        item(codes.get(0), "SUBORDINATE_CELL", committee, "2021-03-01"),
                        item(codes.get(1), "SUBORDINATE_CELL", committee, "2021-04-01"),
                        item(codes.get(2), "SUB_COMMITTEE", other, "2021-03-01"))
                .statusCode(201)
                .header("Location", (String) null)
                .body("items.code", contains(codes.toArray()))
                .body("items.parentId", contains(committee.toString(), committee.toString(), other.toString()))
                .body("items.status", contains("ACTIVE", "ACTIVE", "ACTIVE"))
                .body("items.foundedOn", contains("2021-03-01", "2021-04-01", "2021-03-01"))
                .extract()
                .path("items.id");

        given().auth()
                .oauth2(admin())
                .get("/api/v1/organizations/" + committee + "/children")
                .then()
                .statusCode(200)
                .body("id", containsInAnyOrder(ids.get(0), ids.get(1)));
        given().auth()
                .oauth2(admin())
                .get("/api/v1/organizations/" + ids.get(1) + "/history")
                .then()
                .statusCode(200)
                .body("kind", contains("FOUND"))
                .body("[0].decisionNumber", equalTo(codes.get(1) + "-QĐ/ĐUK"))
                .body("[0].effectiveDate", equalTo("2021-04-01"));
        given().auth()
                .oauth2(admin())
                .queryParam("asOf", "2021-03-15")
                .get("/api/v1/organizations/" + committee + "/children")
                .then()
                .statusCode(200)
                .body("id", contains(ids.get(0)));

        try (KafkaTestConsumer consumer = new KafkaTestConsumer(OrganizationEvents.TOPIC)) {
            Set<String> founded = Set.copyOf(ids);
            List<ConsumerRecord<String, String>> records =
                    consumer.await(r -> founded.contains(r.key()), list -> list.size() >= 3, Duration.ofSeconds(30));
            assertEquals(founded, records.stream().map(ConsumerRecord::key).collect(Collectors.toSet()));
            records.forEach(r -> assertEquals("OrganizationFounded", KafkaTestConsumer.header(r, "ce_type")));
        }
    }

    @Test
    void oneBadItemRefusesTheWholeBatchAndEveryBadItemIsListed() {
        UUID committee = Fixtures.committee("Đảng bộ Sở Lô hỏng");
        UUID cell = Fixtures.cell(committee, "Chi bộ Lô hỏng");
        String taken = Fixtures.code("TAKEN");
        Fixtures.found(taken, "Chi bộ đã có", "SUBORDINATE_CELL", committee, "2020-01-01");
        String good = Fixtures.code("GOOD");
        String twice = Fixtures.code("TWICE");
        batch(
                        item(good, "SUBORDINATE_CELL", committee, "2021-01-01"),
                        item(Fixtures.code("UNDERCELL"), "SUBORDINATE_CELL", cell, "2021-01-01"),
                        item(taken, "SUBORDINATE_CELL", committee, "2021-01-01"),
                        item(twice, "SUBORDINATE_CELL", committee, "2021-01-01"),
                        item(twice, "SUBORDINATE_CELL", committee, "2021-01-01"),
                        item(Fixtures.code("NOPARENT"), "SUBORDINATE_CELL", UUID.randomUUID(), "2021-01-01"),
                        item(Fixtures.code("EARLY"), "SUBORDINATE_CELL", committee, "2019-12-31"))
                .statusCode(422)
                .contentType("application/problem+json")
                .body("rule", equalTo("ORG-BATCH"))
                .body("detail", startsWith("5 of 7 items"))
                .body("errors.field", contains("items[1]", "items[2]", "items[4]", "items[5]", "items[6]"))
                .body("errors.type", contains(RULE, CONFLICT, CONFLICT, NOT_FOUND, RULE))
                .body("errors.rule", contains("ORG-ALLOWED-PARENT", null, null, null, "ORG-EFFECTIVE-DATE-ORDER"))
                .body("errors[0].message", startsWith("ORG-ALLOWED-PARENT: "))
                .body("errors[1].message", startsWith("CONFLICT: "));

        given().auth()
                .oauth2(admin())
                .queryParam("q", good)
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .body("items", hasSize(0));
        given().auth()
                .oauth2(admin())
                .get("/api/v1/organizations/" + committee + "/children")
                .then()
                .statusCode(200)
                .body(
                        "code",
                        containsInAnyOrder(
                                given().auth()
                                        .oauth2(admin())
                                        .get("/api/v1/organizations/" + cell)
                                        .then()
                                        .extract()
                                        .<String>path("code"),
                                taken));
    }

    @Test
    void aSecondBlocCommitteeInABatchIsRefused() {
        Fixtures.root();
        batch(
                        "{\"organization\": {\"code\": \"%s\", \"name\": \"Khối khác\", \"type\": \"BLOC_COMMITTEE\"}, \"decision\": %s}"
                                .formatted(Fixtures.code("ROOT2"), Fixtures.decision("2021-01-01")))
                .statusCode(422)
                .body("rule", equalTo("ORG-BATCH"))
                .body("errors.field", contains("items[0]"))
                .body("errors[0].rule", equalTo("ORG-SINGLE-ROOT"));
    }

    @Test
    @InvalidRequestsOnPurpose
    void anEmptyBatchOrOneOfMoreThanAThousandItemsIsAValidationProblem() {
        batch().statusCode(400).body("errors.field", contains("items"));
        UUID committee = Fixtures.committee("Đảng bộ Sở Lô lớn");
        String[] items = IntStream.range(0, 1001)
                .mapToObj(i -> item(Fixtures.code("BIG"), "SUBORDINATE_CELL", committee, "2021-01-01"))
                .toArray(String[]::new);
        batch(items).statusCode(400).body("errors.field", contains("items"));
        given().auth()
                .oauth2(admin())
                .get("/api/v1/organizations/" + committee + "/children")
                .then()
                .statusCode(200)
                .body("", hasSize(0));
    }

    private static String item(String code, String type, UUID parent, String date) {
        return Fixtures.foundBody(code, "Tổ chức " + code, type, parent, date)
                .replace(
                        "\"date\": \"" + date + "\"",
                        "\"date\": \"" + date + "\", \"effectiveDate\": \"" + date + "\"");
    }

    private static ValidatableResponse batch(String... items) {
        return given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"items\": [" + String.join(",", items) + "]}")
                .post("/api/v1/organizations/batch")
                .then();
    }
}
