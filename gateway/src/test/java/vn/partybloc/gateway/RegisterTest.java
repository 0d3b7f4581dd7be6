package vn.partybloc.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.partybloc.kernel.BlocZone;
import vn.partybloc.testing.Tokens;

/**
 * A secretary's access follows the register (ADR 0012): the gateway lets a secretary's request through only while
 * member-service (a stand-in here) lists them in a current position of secretary or deputy secretary of their token's
 * organization. The end-to-end suite does the same against the real member-service and Keycloak.
 */
@QuarkusTest
@TestProfile(RegisterTest.RegisterChecked.class)
class RegisterTest {

    private static final LocalDate TODAY = BlocZone.today();

    public static class RegisterChecked extends StandInProfile {
        public RegisterChecked() {
            super(MemberServiceStandIn.class);
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            // %test: the other gateway tests run without the check (application.properties)
            return Map.of("%test.gateway.register.check", "true", "gateway.register.cache-for", "2s");
        }
    }

    /** member-service alone behind the gateway: its committees and positions, and a list of members to proxy to. */
    public static class MemberServiceStandIn implements QuarkusTestResourceLifecycleManager {
        static WireMockServer members;

        @Override
        public Map<String, String> start() {
            members = new WireMockServer(wireMockConfig().dynamicPort());
            members.start();
            return Map.of(
                    "gateway.upstreams.member.url", members.baseUrl(),
                    "gateway.upstreams.member.prefixes", "/api/v1/members,/api/v1/committees",
                    "gateway.upstreams.organization.url", "",
                    "gateway.upstreams.training.url", "",
                    "gateway.upstreams.evaluation.url", "");
        }

        @Override
        public void stop() {
            members.stop();
        }
    }

    private final UUID organization = UUID.randomUUID();
    private final UUID committee = UUID.randomUUID();
    private final UUID person = UUID.randomUUID();

    @BeforeEach
    void membersAnswer() {
        MemberServiceStandIn.members.stubFor(any(urlPathEqualTo("/api/v1/members"))
                .willReturn(json("{\"items\":[],\"page\":0,\"size\":50,\"total\":0}")));
        MemberServiceStandIn.members.stubFor(get(urlPathEqualTo("/api/v1/committees"))
                .withQueryParam("organizationId", equalTo(organization.toString()))
                .willReturn(json("[{\"id\":\"" + committee + "\",\"organizationId\":\"" + organization + "\"}]")));
    }

    @Test
    void aSecretaryInOfficeGetsThroughAndTheRegisterIsReadWithTheirOwnToken() {
        holds("SECRETARY", TODAY.minusYears(2), null);
        String token = Tokens.secretary(organization, person);
        int before = membersListed();
        given().auth().oauth2(token).get("/api/v1/members").then().statusCode(200);
        assertEquals(before + 1, membersListed(), "the request reached member-service");
        MemberServiceStandIn.members.verify(
                getRequestedFor(urlPathEqualTo("/api/v1/committees/" + committee + "/positions"))
                        .withHeader("Authorization", equalTo("Bearer " + token)));
    }

    @Test
    void aDeputySecretaryGetsThroughAndAnOrdinaryCommitteeMemberDoesNot() {
        holds("DEPUTY_SECRETARY", TODAY.minusYears(1), TODAY);
        given().auth()
                .oauth2(Tokens.secretary(organization, person))
                .get("/api/v1/members")
                .then()
                .statusCode(200);

        UUID other = UUID.randomUUID();
        given().auth()
                .oauth2(Tokens.secretary(organization, other))
                .get("/api/v1/members")
                .then()
                .statusCode(403);
    }

    @Test
    void aSecretaryWhosePositionEndedIsRefusedOnceTheRegisterSaysSo() {
        holds("SECRETARY", TODAY.minusYears(3), null);
        String token = Tokens.secretary(organization, person);
        given().auth().oauth2(token).get("/api/v1/members").then().statusCode(200);

        holds("SECRETARY", TODAY.minusYears(3), TODAY.minusDays(1));
        Awaitility.await()
                .atMost(Duration.ofSeconds(10))
                .until(() -> given().auth().oauth2(token).get("/api/v1/members").statusCode() == 403);
        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body("{\"fullName\":\"Nguyễn Văn A\"}")
                .post("/api/v1/members")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("type", endsWith("/forbidden"));
        int refused = membersListed();
        given().auth().oauth2(token).get("/api/v1/members").then().statusCode(403);
        assertEquals(refused, membersListed(), "a refused request reached member-service");
    }

    @Test
    void aPositionNotStartedYetOrOfAnotherOrganizationDoesNotCount() {
        holds("SECRETARY", TODAY.plusDays(1), null);
        given().auth()
                .oauth2(Tokens.secretary(organization, person))
                .get("/api/v1/members")
                .then()
                .statusCode(403);
        // An organization whose committees member-service does not show this caller (404): no position there.
        given().auth()
                .oauth2(Tokens.secretary(UUID.randomUUID(), person))
                .get("/api/v1/members")
                .then()
                .statusCode(403);
    }

    @Test
    void aSecretaryTokenWithoutMemberIdIsRefusedAndOtherRolesAreNotLookedUp() {
        given().auth()
                .oauth2(Tokens.secretaryOf(organization))
                .get("/api/v1/members")
                .then()
                .statusCode(403)
                .contentType("application/problem+json");
        int lookups = committeeLookups();
        given().auth().oauth2(Tokens.as("viewer")).get("/api/v1/members").then().statusCode(200);
        assertEquals(lookups, committeeLookups(), "the register was read for a viewer");
    }

    @Test
    void whenTheRegisterCannotBeReadTheAnswerIs503AndNotKept() {
        UUID failing = UUID.randomUUID();
        MemberServiceStandIn.members.stubFor(get(urlPathEqualTo("/api/v1/committees"))
                .withQueryParam("organizationId", equalTo(failing.toString()))
                .willReturn(aResponse().withStatus(500)));
        String token = Tokens.secretary(failing, person);
        given().auth()
                .oauth2(token)
                .get("/api/v1/members")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5");
        MemberServiceStandIn.members.stubFor(get(urlPathEqualTo("/api/v1/committees"))
                .withQueryParam("organizationId", equalTo(failing.toString()))
                .willReturn(json("[{\"id\":\"" + committee + "\"}]")));
        holds("SECRETARY", TODAY.minusYears(1), null);
        given().auth().oauth2(token).get("/api/v1/members").then().statusCode(200);
    }

    private void holds(String position, LocalDate startsOn, LocalDate endsOn) {
        MemberServiceStandIn.members.stubFor(get(urlPathMatching("/api/v1/committees/" + committee + "/positions"))
                .willReturn(json("[{\"id\":\"" + UUID.randomUUID() + "\",\"committeeId\":\"" + committee
                        + "\",\"memberId\":\"" + person + "\",\"position\":\"" + position + "\",\"startsOn\":\""
                        + startsOn + "\"" + (endsOn == null ? "" : ",\"endsOn\":\"" + endsOn + "\"") + "}]")));
    }

    private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder json(String body) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }

    private static int membersListed() {
        return MemberServiceStandIn.members
                .findAll(getRequestedFor(urlPathEqualTo("/api/v1/members")))
                .size();
    }

    private static int committeeLookups() {
        return MemberServiceStandIn.members
                .findAll(getRequestedFor(urlPathEqualTo("/api/v1/committees")))
                .size();
    }
}
