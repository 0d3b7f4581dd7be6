package vn.partybloc.member;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static vn.partybloc.member.Members.admin;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.DocumentedEvent.Organization;
import vn.partybloc.testing.KafkaTestConsumer;

/** Exemption from party activities (miễn sinh hoạt) is a command of its own (issue 13). */
@QuarkusTest
class ExemptionTest {

    @Test
    void anExemptMemberStaysInTheirCellFromTheDayOnAndIsPublished() {
        UUID cell = Organization.child(Organization.bloc(), "GRASSROOTS_CELL").id();
        UUID member = Members.admit("Cao Văn Nghỉ", cell, true);
        String path = "/api/v1/members/" + member;
        try (KafkaTestConsumer published = new KafkaTestConsumer("party.members.v1")) {
            given().auth()
                    .oauth2(admin())
                    .contentType("application/json")
                    .body("{\"date\":\"2024-03-01\",\"decisionNumber\":\"07-QĐ/CB\",\"note\":\"Tuổi cao\"}")
                    .post(path + "/exemptions")
                    .then()
                    .statusCode(200)
                    .body("status", equalTo("EXEMPT"))
                    .body("organizationId", equalTo(cell.toString()));

            given().auth()
                    .oauth2(admin())
                    .get(path + "/history")
                    .then()
                    .body("find { it.kind == 'EXEMPTED' }.occurredOn", equalTo("2024-03-01"))
                    .body("find { it.kind == 'EXEMPTED' }.decisionNumber", equalTo("07-QĐ/CB"))
                    .body("find { it.kind == 'EXEMPTED' }.note", equalTo("Tuổi cao"));
            given().auth()
                    .oauth2(admin())
                    .queryParam("asOf", "2024-02-29")
                    .get(path)
                    .then()
                    .body("status", equalTo("ACTIVE"));
            given().auth()
                    .oauth2(admin())
                    .queryParam("asOf", "2024-03-01")
                    .get(path)
                    .then()
                    .body("status", equalTo("EXEMPT"))
                    .body("organizationId", equalTo(cell.toString()));
            given().auth()
                    .oauth2(admin())
                    .contentType("application/json")
                    .body("{\"date\":\"2024-04-01\"}")
                    .post(path + "/exemptions")
                    .then()
                    .statusCode(409);
            published.await(
                    r -> member.toString().equals(r.key())
                            && "MemberExempted".equals(KafkaTestConsumer.header(r, "ce_type")),
                    found -> found.size() == 1,
                    Duration.ofSeconds(30));
        }
    }
}
