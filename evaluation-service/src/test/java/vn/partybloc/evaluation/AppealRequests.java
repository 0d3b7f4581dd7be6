package vn.partybloc.evaluation;

import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import vn.partybloc.testing.Tokens;

/** An inspector's appeal requests on the discipline cases of {@code cases}, members' or organizations'. */
record AppealRequests(String cases) {

    private static final String INSPECTOR = Tokens.as("inspector");

    /** Lodges an appeal to the {@code bodyKind} of {@code body}, or of the province when it is null. */
    ValidatableResponse lodge(UUID disciplineCase, String receivedOn, String lodgedOn, String bodyKind, UUID body) {
        return Api.post(
                INSPECTOR,
                cases + "/" + disciplineCase + "/appeals",
                "{" + (receivedOn == null ? "" : "\"receivedOn\":\"" + receivedOn + "\",") + "\"lodgedOn\":\""
                        + lodgedOn + "\",\"bodyKind\":\"" + bodyKind + "\""
                        + (body == null ? "" : ",\"bodyOrganizationId\":\"" + body + "\"") + "}");
    }

    UUID lodged(UUID disciplineCase, String receivedOn, String lodgedOn, String bodyKind, UUID body) {
        return UUID.fromString(lodge(disciplineCase, receivedOn, lodgedOn, bodyKind, body)
                .statusCode(201)
                .extract()
                .path("id"));
    }

    ValidatableResponse resolve(UUID disciplineCase, UUID appeal, String outcome, String form, String resolvedOn) {
        return Api.post(
                INSPECTOR,
                cases + "/" + disciplineCase + "/appeals/" + appeal + "/resolution",
                resolution(outcome, form, resolvedOn));
    }

    static String resolution(String outcome, String form, String resolvedOn) {
        return "{\"outcome\":\"" + outcome + "\"," + (form == null ? "" : "\"form\":\"" + form + "\",")
                + "\"decisionNumber\":\"45-QĐ/ĐUK\",\"resolvedOn\":\"" + resolvedOn + "\"}";
    }
}
