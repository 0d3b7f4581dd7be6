package vn.partybloc.member;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.partybloc.member.Members.admin;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.DocumentedEvent.Organization;
import vn.partybloc.testing.InvalidRequestsOnPurpose;
import vn.partybloc.testing.PostgresResource;
import vn.partybloc.testing.Tokens;

@QuarkusTest
class VettingTest {

    @Test
    void onlyAdminAndOrganizerRecordAndReadVettingAndItIsNeverPublished() throws Exception {
        Organization cell = Organization.child(Organization.bloc(), "GRASSROOTS_CELL");
        UUID member = Members.admit("Quách Văn Vinh", cell.id(), true);
        String secret = "Kết luận thẩm tra " + UUID.randomUUID();
        String path = "/api/v1/members/" + member + "/vettings";
        given().auth()
                .oauth2(Tokens.as("organizer"))
                .contentType("application/json; charset=UTF-8")
                .body("{\"purpose\":\"PLANNING\",\"conclusion\":\"" + secret + "\",\"concludedOn\":\"2024-05-01\"}")
                .post(path)
                .then()
                .statusCode(201)
                .body("conclusion", equalTo(secret));
        given().auth().oauth2(admin()).get(path).then().statusCode(200).body("conclusion", contains(secret));

        for (String token : List.of(
                Tokens.as("viewer"), Tokens.as("inspector"), Tokens.as("integration"), Tokens.secretaryOf(cell.id()))) {
            given().auth().oauth2(token).get(path).then().statusCode(403).contentType("application/problem+json");
            given().auth()
                    .oauth2(token)
                    .contentType("application/json")
                    .body("{\"purpose\":\"OTHER\",\"conclusion\":\"x\",\"concludedOn\":\"2024-05-01\"}")
                    .post(path)
                    .then()
                    .statusCode(403);
        }
        try (Connection c = PostgresResource.connect();
                PreparedStatement s = c.prepareStatement("select count(*) from outbox where payload::text like ?")) {
            s.setString(1, "%" + secret.substring(secret.length() - 36) + "%");
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertEquals(0, rs.getLong(1), "vetting reached the outbox, and so Kafka and the changes feed");
            }
        }
        given().auth()
                .oauth2(admin())
                .get("/api/v1/members/" + UUID.randomUUID() + "/vettings")
                .then()
                .statusCode(404);
    }

    @Test
    void aRecordedVettingIsReadWhereItsLocationPointsByAdminsAndOrganizersOnly() {
        Organization cell = Organization.child(Organization.bloc(), "GRASSROOTS_CELL");
        UUID member = Members.admit("Khúc Văn Thẩm", cell.id(), true);
        UUID another = Members.admit("Khúc Thị Tra", cell.id(), true);
        var recorded = given().auth()
                .oauth2(Tokens.as("organizer"))
                .contentType("application/json; charset=UTF-8")
                .body("{\"purpose\":\"APPOINTMENT\",\"conclusion\":\"Đủ tiêu chuẩn\",\"concludedOn\":\"2024-06-01\"}")
                .post("/api/v1/members/" + member + "/vettings")
                .then()
                .statusCode(201)
                .extract();
        String vetting = recorded.path("id");

        given().auth()
                .oauth2(admin())
                .get(recorded.header("Location"))
                .then()
                .statusCode(200)
                .body("id", equalTo(vetting))
                .body("memberId", equalTo(member.toString()))
                .body("conclusion", equalTo("Đủ tiêu chuẩn"));
        given().auth()
                .oauth2(admin())
                .get("/api/v1/members/" + member + "/vettings/" + UUID.randomUUID())
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(admin())
                .get("/api/v1/members/" + another + "/vettings/" + vetting)
                .then()
                .statusCode(404);
        given().auth()
                .oauth2(Tokens.secretaryOf(cell.id()))
                .get("/api/v1/members/" + member + "/vettings/" + vetting)
                .then()
                .statusCode(403);
    }

    /** The input policy holds here too: a conclusion may keep line breaks, never a bidirectional control or a bell. */
    @Test
    @InvalidRequestsOnPurpose
    void aConclusionWithABidirectionalControlOrAControlCharacterIsRefusedAndOneWithLineBreaksIsKept() {
        Organization cell = Organization.child(Organization.bloc(), "GRASSROOTS_CELL");
        UUID member = Members.admit("Lê Thị Thanh", cell.id(), true);
        String path = "/api/v1/members/" + member + "/vettings";
        for (String conclusion : List.of("Chi bộ \\u2066số 3", "Chi bộ \\u202Esố 3", "Chuông\\u0007")) {
            given().auth()
                    .oauth2(admin())
                    .contentType("application/json")
                    .body("{\"purpose\":\"ADMISSION\",\"conclusion\":\"" + conclusion
                            + "\",\"concludedOn\":\"2024-05-01\"}")
                    .post(path)
                    .then()
                    .statusCode(400)
                    .body("errors.field", contains("conclusion"));
        }
        given().auth()
                .oauth2(admin())
                .contentType("application/json")
                .body("{\"purpose\":\"ADMISSION\",\"conclusion\":\"Đủ tiêu chuẩn.\\nĐề nghị kết nạp.\","
                        + "\"concludedOn\":\"2024-05-01\"}")
                .post(path)
                .then()
                .statusCode(201)
                .body("conclusion", equalTo("Đủ tiêu chuẩn.\nĐề nghị kết nạp."));
        given().auth()
                .oauth2(admin())
                .get(path)
                .then()
                .statusCode(200)
                .body("conclusion", contains("Đủ tiêu chuẩn.\nĐề nghị kết nạp."));
    }
}
