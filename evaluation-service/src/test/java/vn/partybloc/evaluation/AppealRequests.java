package vn.partybloc.evaluation;

import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import vn.partybloc.testing.Tokens;

/** An inspector's appeal requests on a discipline case of {@code cases}, a member's or an organization's. */
final class AppealRequests {

    private static final String INSPECTOR = Tokens.as("inspector");

    private AppealRequests() {}

    /** Lodges an appeal to the {@code bodyKind} of {@code body}, or of the province when it is null. */
    static ValidatableResponse lodge(
            String cases, UUID disciplineCase, String receivedOn, String lodgedOn, String bodyKind, UUID body) {
        return Api.post(
                INSPECTOR,
                cases + "/" + disciplineCase + "/appeals",
                "{" + (receivedOn == null ? "" : "\"receivedOn\":\"" + receivedOn + "\",") + "\"lodgedOn\":\""
                        + lodgedOn + "\",\"bodyKind\":\"" + bodyKind + "\""
                        + (body == null ? "" : ",\"bodyOrganizationId\":\"" + body + "\"") + "}");
    }

    static UUID lodged(
            String cases, UUID disciplineCase, String receivedOn, String lodgedOn, String bodyKind, UUID body) {
        return UUID.fromString(lodge(cases, disciplineCase, receivedOn, lodgedOn, bodyKind, body)
                .statusCode(201)
                .extract()
                .path("id"));
    }

    static ValidatableResponse resolve(
            String cases, UUID disciplineCase, UUID appeal, String outcome, String form, String resolvedOn) {
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
