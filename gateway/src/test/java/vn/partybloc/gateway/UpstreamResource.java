package vn.partybloc.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
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
 * Stand-in organization-service and training-service (WireMock) behind the gateway, a member-service address where
 * nothing listens, and evaluation-service declared without an address (not deployed). The real services are exercised
 * behind the gateway by the end-to-end suite.
 */
public class UpstreamResource implements QuarkusTestResourceLifecycleManager {

    /** The Bloc committee organization-service names when asked for it. */
    static final String BLOC = "00000000-0000-0000-0000-0000000000b1";

    static WireMockServer organizations;
    static WireMockServer training;

    @Override
    public Map<String, String> start() {
        organizations = new WireMockServer(wireMockConfig().dynamicPort());
        organizations.start();
        organizations.stubFor(any(urlPathMatching("/api/v1/organizations.*"))
                .atPriority(10)
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"items\":[],\"page\":0,\"size\":50,\"total\":0}")));
        organizations.stubFor(get(urlPathEqualTo("/api/v1/organizations/slow"))
                .atPriority(1)
                .willReturn(aResponse().withStatus(200).withFixedDelay(5000).withBody("{}")));
        organizations.stubFor(
                get(urlPathMatching("/api/v1/organizations/[^/]+/counts"))
                        .atPriority(2)
                        .willReturn(
                                aResponse()
                                        .withStatus(200)
                                        .withHeader("Content-Type", "application/json")
                                        .withBody(
                                                "{\"grassroots\":122,\"byType\":{\"GRASSROOTS_COMMITTEE\":93,\"GRASSROOTS_CELL\":29}}")));
        organizations.stubFor(get(urlPathMatching("/api/v1/organizations/[^/]+/meetings/summary"))
                .atPriority(2)
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"from\":\"2022-07\",\"to\":\"2023-06\",\"summary\":{\"cells\":1117,"
                                + "\"cellsMeetingEveryMonth\":1050}}")));
        organizations.stubFor(get(urlPathEqualTo("/api/v1/organizations"))
                .withQueryParam("type", equalTo("BLOC_COMMITTEE"))
                .atPriority(1)
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"items\":[{\"id\":\"" + BLOC + "\",\"type\":\"BLOC_COMMITTEE\"}],"
                                + "\"page\":0,\"size\":1,\"total\":1}")));
        organizations.stubFor(get(urlPathEqualTo("/api/v1/code-lists/organizations"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"lists\":[{\"name\":\"organization-types\",\"title\":\"Kinds of party "
                                + "organization\",\"titleVi\":\"Loại hình tổ chức đảng\",\"source\":null,"
                                + "\"usedBy\":[\"Organization.type\"],\"codes\":[{\"code\":\"GRASSROOTS_CELL\","
                                + "\"vi\":\"Chi bộ cơ sở\",\"en\":\"Grassroots party cell\"}]}]}")));
        organizations.stubFor(get(urlPathEqualTo("/q/openapi"))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
                        {"openapi":"3.1.0","info":{"title":"organization-service API","version":"1.0"},
                         "tags":[{"name":"Organizations"}],
                         "paths":{"/api/v1/organizations":{"get":{"operationId":"listOrganizations","tags":["Organizations"],
                           "responses":{"200":{"description":"ok","content":{"application/json":{"schema":{"$ref":"#/components/schemas/Organization"}}}}},
                           "security":[{"bearer":[]}]}}},
                         "components":{"schemas":{"Organization":{"type":"object","properties":{"id":{"type":"string"}}}},
                           "securitySchemes":{"bearer":{"type":"http","scheme":"bearer"}}}}""")));
        training = new WireMockServer(wireMockConfig().dynamicPort());
        training.start();
        training.stubFor(any(urlPathMatching("/api/v1/.*"))
                .atPriority(10)
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"items\":[],\"page\":0,\"size\":50,\"total\":0}")));
        training.stubFor(get(urlPathEqualTo("/api/v1/courses/report"))
                .atPriority(1)
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("""
                                {"organizationId":"00000000-0000-0000-0000-000000000001","from":null,"to":null,"asOf":"2023-06-30",
                                 "topics":[{"topic":"INSPECTION_SUPERVISION","courses":2,"attendees":251,"completions":251},
                                           {"topic":"PARTY_WORK","courses":4,"attendees":1063,"completions":1063},
                                           {"topic":"PROPAGANDA","courses":3,"attendees":380,"completions":380}],
                                 "totals":{"courses":9,"attendees":1694,"completions":1694}}""")));
        return Map.of(
                "gateway.upstreams.organization.url",
                organizations.baseUrl(),
                "gateway.upstreams.training.url",
                training.baseUrl(),
                "gateway.upstreams.member.url",
                "http://localhost:" + closedPort(),
                "gateway.upstreams.member.prefixes",
                "/api/v1/members",
                "gateway.upstreams.evaluation.url",
                "");
    }

    @Override
    public void stop() {
        if (organizations != null) {
            organizations.stop();
        }
        if (training != null) {
            training.stop();
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
