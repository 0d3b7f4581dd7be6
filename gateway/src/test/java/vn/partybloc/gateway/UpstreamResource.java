package vn.partybloc.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * A stand-in organization-service (WireMock) behind the gateway, and a member-service address where nothing listens.
 * The real services are exercised behind the gateway by the end-to-end suite.
 */
public class UpstreamResource implements QuarkusTestResourceLifecycleManager {

    static WireMockServer organizations;

    @Override
    public Map<String, String> start() {
        organizations = new WireMockServer(wireMockConfig().dynamicPort());
        organizations.start();
        organizations.stubFor(any(urlPathMatching("/api/v1/organizations.*")).atPriority(10)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"items\":[],\"page\":0,\"size\":50,\"total\":0}")));
        organizations.stubFor(get(urlPathEqualTo("/api/v1/organizations/slow")).atPriority(1)
                .willReturn(aResponse().withStatus(200).withFixedDelay(5000).withBody("{}")));
        organizations.stubFor(get(urlPathMatching("/api/v1/organizations/[^/]+/counts")).atPriority(2)
                .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
                        .withBody("{\"grassroots\":122,\"byType\":{\"GRASSROOTS_COMMITTEE\":93,\"GRASSROOTS_CELL\":29}}")));
        organizations.stubFor(get(urlPathEqualTo("/q/openapi")).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody("""
                        {"openapi":"3.1.0","info":{"title":"organization-service API","version":"1.0"},
                         "tags":[{"name":"Organizations"}],
                         "paths":{"/api/v1/organizations":{"get":{"operationId":"listOrganizations","tags":["Organizations"],
                           "responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Organization"}}}}},
                           "security":[{"bearer":[]}]}}},
                         "components":{"schemas":{"Organization":{"type":"object","properties":{"id":{"type":"string"}}}},
                           "securitySchemes":{"bearer":{"type":"http","scheme":"bearer"}}}}""")));
        return Map.of(
                "gateway.upstreams.organization.url", organizations.baseUrl(),
                "gateway.upstreams.member.url", "http://localhost:" + closedPort(),
                "gateway.upstreams.member.prefixes", "/api/v1/members");
    }

    @Override
    public void stop() {
        if (organizations != null) {
            organizations.stop();
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
