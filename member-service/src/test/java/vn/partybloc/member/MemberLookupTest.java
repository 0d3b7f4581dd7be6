package vn.partybloc.member;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.DocumentedEvent.Organization;
import vn.partybloc.testing.InvalidRequestsOnPurpose;
import vn.partybloc.testing.Tokens;

@QuarkusTest
class MemberLookupTest {

    private static final String LOOKUPS = "/api/v1/members/lookups";

    /** The HR system's service account: a reader, cleared for identity numbers. */
    private static String hrSystem() {
        return Tokens.withRoles("hr-integration", Set.of("integration", "identity-reader"));
    }

    @Test
    void anHrSystemClearedForIdentityNumbersFindsAMemberByEachOfThem() {
        Organization cell = Organization.child(Organization.bloc(), "GRASSROOTS_CELL");
        String nationalId = Members.nationalId();
        String card = "CARD-" + UUID.randomUUID().toString().substring(0, 8);
        String dossier = "HS-" + UUID.randomUUID().toString().substring(0, 8);
        UUID member = admit(cell.id(), nationalId, card, dossier);

        for (String number : new String[] {
            "{\"nationalId\":\"" + nationalId + "\"}",
            "{\"partyCardNumber\":\"" + card + "\"}",
            "{\"dossierNumber\":\"" + dossier + "\"}"
        }) {
            lookUp(hrSystem(), number)
                    .then()
                    .statusCode(200)
                    .body("id", equalTo(member.toString()))
                    .body("nationalId", equalTo(nationalId));
        }
        given().auth()
                .oauth2(hrSystem())
                .get("/api/v1/members/" + member)
                .then()
                .statusCode(200)
                .body("nationalId", equalTo(nationalId));
    }

    @Test
    void aMemberWhoLeftTheRegisterIsFoundWithTheirStatus() {
        Organization cell = Organization.child(Organization.bloc(), "GRASSROOTS_CELL");
        String nationalId = Members.nationalId();
        UUID member = admit(cell.id(), nationalId, null, null);
        given().auth()
                .oauth2(Members.admin())
                .contentType("application/json")
                .body("{\"kind\":\"STRUCK_OFF\",\"date\":\"2024-01-10\"}")
                .post("/api/v1/members/" + member + "/departures")
                .then()
                .statusCode(200);

        lookUp(Tokens.as("organizer"), "{\"nationalId\":\"" + nationalId + "\"}")
                .then()
                .statusCode(200)
                .body("id", equalTo(member.toString()))
                .body("status", equalTo("STRUCK_OFF"));
    }

    @Test
    void aNumberNobodyCarriesIsA404ThatDoesNotRepeatIt() {
        String nationalId = Members.nationalId();
        Response none = lookUp(hrSystem(), "{\"nationalId\":\"" + nationalId + "\"}");
        none.then().statusCode(404).contentType("application/problem+json");
        assertFalse(none.asString().contains(nationalId), none.asString());
    }

    @Test
    void aNumberTwoMembersCarryIsA409() {
        Organization cell = Organization.child(Organization.bloc(), "GRASSROOTS_CELL");
        String card = "CARD-" + UUID.randomUUID().toString().substring(0, 8);
        admit(cell.id(), Members.nationalId(), card, null);
        admit(cell.id(), Members.nationalId(), card, null);

        lookUp(hrSystem(), "{\"partyCardNumber\":\"" + card + "\"}")
                .then()
                .statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("partyCardNumber"));
    }

    @Test
    void onlyRolesClearedForIdentityNumbersLookMembersUp() {
        Organization cell = Organization.child(Organization.bloc(), "GRASSROOTS_CELL");
        String nationalId = Members.nationalId();
        admit(cell.id(), nationalId, null, null);
        String body = "{\"nationalId\":\"" + nationalId + "\"}";
        for (String token : new String[] {
            Tokens.as("viewer"), Tokens.as("inspector"), Tokens.as("integration"), Tokens.secretaryOf(cell.id())
        }) {
            lookUp(token, body).then().statusCode(403);
        }
        lookUp(Tokens.as("admin"), body).then().statusCode(200);
    }

    /**
     * A confined caller cleared for identity numbers finds only the members of their subtree; one elsewhere answers
     * exactly as a number nobody carries.
     */
    @Test
    void aClearedSecretaryFindsOnlyTheMembersOfTheirSubtree() {
        Organization mine = Organization.child(Organization.bloc(), "GRASSROOTS_COMMITTEE");
        Organization myCell = Organization.child(mine, "SUBORDINATE_CELL");
        Organization otherCell = Organization.child(Organization.bloc(), "GRASSROOTS_CELL");
        String inside = Members.nationalId();
        String outside = Members.nationalId();
        UUID member = admit(myCell.id(), inside, null, null);
        admit(otherCell.id(), outside, null, null);
        String token = Tokens.secretaryOf(mine.id(), "identity-reader");

        lookUp(token, "{\"nationalId\":\"" + inside + "\"}")
                .then()
                .statusCode(200)
                .body("id", equalTo(member.toString()));
        String elsewhere = lookUp(token, "{\"nationalId\":\"" + outside + "\"}")
                .then()
                .statusCode(404)
                .extract()
                .asString();
        String nobody = lookUp(token, "{\"nationalId\":\"" + Members.nationalId() + "\"}")
                .then()
                .statusCode(404)
                .extract()
                .asString();
        assertEquals(nobody, elsewhere);
    }

    @Test
    @InvalidRequestsOnPurpose
    void exactlyOneWellFormedNumberIsAskedFor() {
        for (String body : new String[] {
            "{}", "{\"nationalId\":\"087085001234\",\"partyCardNumber\":\"123\"}", "{\"nationalId\":\"08708500123\"}"
        }) {
            lookUp(hrSystem(), body).then().statusCode(400).body("errors", not(hasItem((Object) null)));
        }
    }

    private static Response lookUp(String token, String body) {
        return given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body(body)
                .post(LOOKUPS);
    }

    private static UUID admit(UUID cell, String nationalId, String card, String dossier) {
        String numbers = (card == null ? "" : "\"partyCardNumber\":\"" + card + "\",")
                + (dossier == null ? "" : "\"dossierNumber\":\"" + dossier + "\",");
        return UUID.fromString(given().auth()
                .oauth2(Members.admin())
                .contentType("application/json")
                .body("""
                        {"fullName":"Trần Văn Đối Chiếu","dateOfBirth":"1985-04-12","gender":"MALE","nationalId":"%s",
                         %s"admittedOn":"2010-05-19","fullMemberSince":"2011-05-19","organizationId":"%s",
                         "decisionNumber":"15-QĐ/ĐU"}""".formatted(nationalId, numbers, cell))
                .post("/api/v1/members")
                .then()
                .statusCode(201)
                .extract()
                .path("id"));
    }
}
