package vn.partybloc.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.Tokens;

/** Behind a TLS ingress: the ingress's forwarded scheme and host reach the services, so their links name it. */
@QuarkusTest
@TestProfile(TrustedProxyTest.BehindAnIngress.class)
class TrustedProxyTest {

    public static class BehindAnIngress implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("gateway.trusted-proxies", "10.0.0.0/8,127.0.0.1");
        }
    }

    @Test
    void theTrustedIngressesSchemeAndHostArePassedOn() {
        String path = "/api/v1/organizations/" + UUID.randomUUID() + "/history";
        given().auth()
                .oauth2(Tokens.as("viewer"))
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "api.partybloc.example")
                .get(path)
                .then()
                .statusCode(200);
        UpstreamResource.organizations.verify(getRequestedFor(urlPathEqualTo(path))
                .withHeader("X-Forwarded-Proto", equalTo("https"))
                .withHeader("X-Forwarded-Host", equalTo("api.partybloc.example")));
    }
}
