package vn.partybloc.member;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.partybloc.member.Members.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.DocumentedEvent.Organization;
import vn.partybloc.testing.KafkaTestConsumer;

/**
 * A member received from a party organization outside the Bloc comes in as transferred in, dated by the receiving
 * decision and with their origin, through the register and the import alike (issue 13).
 */
@QuarkusTest
class TransferInTest {

    private static final String ORIGIN = "Đảng bộ Tổng công ty Điện lực miền Nam";

    @Test
    void aMemberTransferredInIsRecordedOnTheReceivingDayWithTheirOriginAndPublished() {
        UUID cell = Organization.child(Organization.bloc(), "GRASSROOTS_CELL").id();
        try (KafkaTestConsumer published = new KafkaTestConsumer("party.members.v1")) {
            String id = given().auth()
                    .oauth2(admin())
                    .contentType("application/json")
                    .body(transferredIn(cell, "2022-01-01", ORIGIN))
                    .post("/api/v1/members")
                    .then()
                    .statusCode(201)
                    .body("status", equalTo("ACTIVE"))
                    .extract()
                    .path("id");

            given().auth()
                    .oauth2(admin())
                    .get("/api/v1/members/" + id + "/history")
                    .then()
                    .body("", hasSize(1))
                    .body("[0].kind", equalTo("TRANSFERRED_IN"))
                    .body("[0].occurredOn", equalTo("2022-01-01"))
                    .body("[0].decisionNumber", equalTo("98-QĐ/ĐUK"))
                    .body("[0].note", equalTo(ORIGIN))
                    .body("[0].toOrganizationId", equalTo(cell.toString()));
            given().auth()
                    .oauth2(admin())
                    .queryParam("asOf", "2021-12-31")
                    .get("/api/v1/members/" + id)
                    .then()
                    .statusCode(404);
            given().auth()
                    .oauth2(admin())
                    .queryParam("asOf", "2022-01-01")
                    .get("/api/v1/members/" + id)
                    .then()
                    .statusCode(200)
                    .body("admittedOn", equalTo("2010-05-19"));
            published.await(
                    r -> id.equals(r.key()) && "MemberTransferredIn".equals(KafkaTestConsumer.header(r, "ce_type")),
                    found -> found.size() == 1,
                    Duration.ofSeconds(30));
        }
    }

    @Test
    void aTransferInWithoutItsDayOrOriginOrBeforeTheAdmissionIsRefused() {
        UUID cell = Organization.child(Organization.bloc(), "GRASSROOTS_CELL").id();
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body(transferredIn(cell, "2022-01-01", null))
                .post("/api/v1/members")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("origin"));
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body(transferredIn(cell, null, ORIGIN))
                .post("/api/v1/members")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("receivedOn"));
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body(transferredIn(cell, "2009-12-31", ORIGIN))
                .post("/api/v1/members")
                .then()
                .statusCode(422)
                .body("rule", equalTo("MEM-ACTIVE"));
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body(Members.body("Ngô Văn Nhận", cell, Members.nationalId(), true)
                        .replace("}", ",\"origin\":\"" + ORIGIN + "\"}"))
                .post("/api/v1/members")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("origin"));
    }

    @Test
    void theImportReceivesMembersAsTransferredInRowByRow() {
        UUID cell = Organization.child(Organization.bloc(), "GRASSROOTS_CELL").id();
        String received = Members.nationalId();
        String withoutOrigin = Members.nationalId();
        String admitted = Members.nationalId();
        String file =
                "fullName,dateOfBirth,gender,nationalId,admittedOn,organizationId,decisionNumber,entry,receivedOn,origin\n"
                        + row("Lý Văn Đến", received, cell, "TRANSFERRED_IN,2022-01-01,\"" + ORIGIN + "\"")
                        + row("Lý Văn Thiếu", withoutOrigin, cell, "TRANSFERRED_IN,2022-01-01,")
                        + row("Lý Văn Nạp", admitted, cell, ",,");

        JsonPath job = ImportTest.importFile(admin(), "/api/v1/members/imports", "text/csv", file);

        assertEquals(2, job.getInt("createdRows"));
        assertEquals(1, job.getInt("failedRows"));
        assertEquals(2, job.getInt("errors[0].row"));
        assertEquals("origin", job.getString("errors[0].field"));
        JsonPath members = given().auth()
                .oauth2(admin())
                .queryParam("organizationId", cell.toString())
                .get("/api/v1/members")
                .then()
                .extract()
                .jsonPath();
        String receivedId = members.getString("items.find { it.fullName == 'Lý Văn Đến' }.id");
        String admittedId = members.getString("items.find { it.fullName == 'Lý Văn Nạp' }.id");
        given().auth()
                .oauth2(admin())
                .get("/api/v1/members/" + receivedId + "/history")
                .then()
                .body("[0].kind", equalTo("TRANSFERRED_IN"))
                .body("[0].occurredOn", equalTo("2022-01-01"))
                .body("[0].note", equalTo(ORIGIN));
        given().auth()
                .oauth2(admin())
                .get("/api/v1/members/" + admittedId + "/history")
                .then()
                .body("[0].kind", equalTo("ADMITTED"))
                .body("[0].occurredOn", equalTo("2010-05-19"));
    }

    private static String transferredIn(UUID cell, String receivedOn, String origin) {
        return """
                {"fullName":"Đinh Văn Đến","dateOfBirth":"1985-04-12","gender":"MALE","nationalId":"%s",
                 "admittedOn":"2010-05-19","fullMemberSince":"2011-05-19","organizationId":"%s",
                 "decisionNumber":"98-QĐ/ĐUK","entry":"TRANSFERRED_IN"%s%s}""".formatted(
                        Members.nationalId(),
                        cell,
                        receivedOn == null ? "" : ",\"receivedOn\":\"" + receivedOn + "\"",
                        origin == null ? "" : ",\"origin\":\"" + origin + "\"");
    }

    private static String row(String name, String nationalId, UUID cell, String entry) {
        return "\"%s\",1985-04-12,MALE,%s,2010-05-19,%s,98-QĐ/ĐUK,%s\n".formatted(name, nationalId, cell, entry);
    }
}
