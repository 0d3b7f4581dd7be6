package vn.partybloc.gateway;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;
import vn.partybloc.kernel.RequestIds;
import vn.partybloc.testing.LogRecorder;
import vn.partybloc.testing.Tokens;

@QuarkusTest
class GatewayProxyTest {

    @TestHTTPResource(value = "/health/ready", management = true)
    URL readiness;

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @Test
    void forwardsPathQueryTokenAndARequestId() {
        String token = Tokens.as("viewer");
        given().auth()
                .oauth2(token)
                .queryParam("q", "dang uy")
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .body("total", org.hamcrest.Matchers.equalTo(0))
                .header("X-Request-Id", notNullValue());
        UpstreamResource.organizations.verify(getRequestedFor(urlEqualTo("/api/v1/organizations?q=dang%20uy"))
                .withHeader("Authorization", equalTo("Bearer " + token))
                .withHeader("X-Request-Id", matching("[0-9a-f-]{36}"))
                .withHeader("X-Forwarded-For", matching(".+")));
    }

    @Test
    void forwardedHeadersFromAPeerThatIsNoTrustedProxyAreReplacedWithWhatTheGatewaySaw() {
        given().auth()
                .oauth2(Tokens.as("viewer"))
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "evil.example")
                .get("/api/v1/organizations/" + UUID.randomUUID() + "/history")
                .then()
                .statusCode(200);
        UpstreamResource.organizations.verify(getRequestedFor(urlPathMatching("/api/v1/organizations/.+/history"))
                .withHeader("X-Forwarded-Proto", equalTo("http"))
                .withHeader("X-Forwarded-Host", matching("localhost:[0-9]+")));
    }

    @Test
    void keepsTheCallersRequestIdAndStreamsTheBody() {
        String requestId = "hr-" + UUID.randomUUID();
        String body = "{\"organization\":{\"code\":\"X\",\"name\":\"Chi bộ Đông Tháp\"}}";
        given().auth()
                .oauth2(Tokens.as("organizer"))
                .header("X-Request-Id", requestId)
                .contentType("application/json; charset=UTF-8")
                .body(body)
                .post("/api/v1/organizations")
                .then()
                .statusCode(200)
                .header("X-Request-Id", requestId);
        UpstreamResource.organizations.verify(postRequestedFor(urlPathEqualTo("/api/v1/organizations"))
                .withHeader("X-Request-Id", equalTo(requestId))
                .withRequestBody(equalToJson(body)));
    }

    /** The lines logged while a request is handled carry its id in the logging context (JSON logs: "mdc"). */
    @Test
    void theLinesLoggedForARequestCarryItsId() {
        String requestId = "trace-me-" + UUID.randomUUID();
        assertEquals(requestId, accessLine(requestId, null).getMdc(RequestIds.LOG_KEY));
    }

    /**
     * The gateway continues the caller's trace (W3C traceparent) or starts one, hands it on to the service, and its
     * lines name the trace id: one id finds the request in every part's log.
     */
    @Test
    void aTraceIsContinuedOrStartedHandedToTheServiceAndNamedInTheLines() {
        String callersTrace = HexFormat.of().formatHex(randomBytes(16));
        String callersSpan = HexFormat.of().formatHex(randomBytes(8));
        ExtLogRecord continued =
                accessLine("trace-" + UUID.randomUUID(), "00-" + callersTrace + "-" + callersSpan + "-01");
        assertEquals(callersTrace, continued.getMdc(RequestIds.TRACE_LOG_KEY));
        assertTracePassedOn(callersTrace, continued, callersSpan);

        ExtLogRecord started = accessLine("trace-" + UUID.randomUUID(), null);
        assertTrue(
                started.getMdc(RequestIds.TRACE_LOG_KEY).matches("[0-9a-f]{32}"),
                started.getMdc(RequestIds.TRACE_LOG_KEY));
        assertNotEquals(callersTrace, started.getMdc(RequestIds.TRACE_LOG_KEY));
        assertTracePassedOn(started.getMdc(RequestIds.TRACE_LOG_KEY), started, callersSpan);
    }

    /** The gateway's access line of a request sent with that id (and that traceparent, unless null). */
    private static ExtLogRecord accessLine(String requestId, String traceparent) {
        try (LogRecorder log = new LogRecorder()) {
            var request = given().auth().oauth2(Tokens.as("viewer")).header("X-Request-Id", requestId);
            if (traceparent != null) {
                request.header("traceparent", traceparent);
            }
            request.get("/api/v1/organizations/" + UUID.randomUUID() + "/history")
                    .then()
                    .statusCode(200);
            return await().atMost(Duration.ofSeconds(5))
                    .until(
                            () -> log.lines().stream()
                                    .filter(line -> line.getFormattedMessage().startsWith("request=" + requestId))
                                    .findFirst(),
                            Optional::isPresent)
                    .orElseThrow();
        }
    }

    /** The service got one traceparent: the trace's, with the gateway's own span (not the caller's) as parent. */
    private static void assertTracePassedOn(String traceId, ExtLogRecord access, String callersSpan) {
        List<LoggedRequest> sent = UpstreamResource.organizations.findAll(
                getRequestedFor(urlPathMatching("/api/v1/organizations/[^/]+/history"))
                        .withHeader("X-Request-Id", equalTo(access.getMdc(RequestIds.LOG_KEY))));
        assertEquals(1, sent.size());
        List<String> traceparents =
                sent.get(0).getHeaders().getHeader("traceparent").values();
        assertEquals(1, traceparents.size(), traceparents.toString());
        assertTrue(traceparents.get(0).matches("00-" + traceId + "-[0-9a-f]{16}-0[01]"), traceparents.toString());
        assertFalse(traceparents.get(0).contains(callersSpan), "the caller's span, not the gateway's: " + traceparents);
    }

    private static byte[] randomBytes(int count) {
        byte[] bytes = new byte[count];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    @Test
    void trainingRoutesGoToTrainingServiceAndAnUndeployedServiceHasNoRoute() {
        String token = Tokens.as("organizer");
        given().auth()
                .oauth2(token)
                .contentType("application/json")
                .body("{\"memberIds\":[]}")
                .post("/api/v1/courses/" + UUID.randomUUID() + "/bulk-enrollments")
                .then()
                .statusCode(200);
        UpstreamResource.training.verify(postRequestedFor(urlPathMatching("/api/v1/courses/[^/]+/bulk-enrollments"))
                .withHeader("Authorization", equalTo("Bearer " + token)));
        given().auth().oauth2(token).get("/api/v1/reviews").then().statusCode(404);
    }

    @Test
    void anUnreachableServiceIs502ThenTheCircuitOpensWith503() {
        String token = Tokens.as("admin");
        given().auth()
                .oauth2(token)
                .header("Accept-Language", "vi-VN,vi;q=0.9,en;q=0.8")
                .get("/api/v1/members")
                .then()
                .statusCode(502)
                .header("Content-Language", "vi")
                .header("Vary", "Accept-Language")
                .body("title", org.hamcrest.Matchers.equalTo("Không kết nối được dịch vụ"))
                .body("detail", org.hamcrest.Matchers.startsWith("Không kết nối được dịch vụ "));
        for (int i = 0; i < 2; i++) {
            given().auth()
                    .oauth2(token)
                    .get("/api/v1/members")
                    .then()
                    .statusCode(502)
                    .contentType("application/problem+json")
                    .header("Content-Language", "en")
                    .body("title", org.hamcrest.Matchers.equalTo("Bad gateway"))
                    .body("detail", org.hamcrest.Matchers.endsWith(" cannot be reached"));
        }
        given().auth()
                .oauth2(token)
                .header("Accept-Language", "vi")
                .get("/api/v1/members")
                .then()
                .statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("title", org.hamcrest.Matchers.equalTo("Dịch vụ tạm thời không khả dụng"));
    }

    @Test
    void aSilentServiceIs504() {
        given().auth()
                .oauth2(Tokens.as("admin"))
                .get("/api/v1/organizations/slow")
                .then()
                .statusCode(504)
                .contentType("application/problem+json");
    }

    @Test
    void mergedOpenApiDocumentHasTheAnsweringServiceAndTheGatewaysOwnOperationsAndNamesASilentOne() {
        given().get("/q/openapi")
                .then()
                .statusCode(200)
                .body(
                        "paths.'/api/v1/organizations'.get.operationId",
                        org.hamcrest.Matchers.equalTo("listOrganizations"))
                .body("paths.'/api/v1/reports/overview'.get.operationId", org.hamcrest.Matchers.equalTo("getOverview"))
                .body("components.schemas.Organization", notNullValue())
                .body("components.securitySchemes.bearer.scheme", org.hamcrest.Matchers.equalTo("bearer"))
                .body(
                        "components.securitySchemes.keycloak.flows.authorizationCode.tokenUrl",
                        containsString("/protocol/openid-connect/token"))
                .body("paths.'/api/v1/organizations'.get.security", hasItem(org.hamcrest.Matchers.hasKey("keycloak")))
                .body("tags.name", hasItem("Organizations"))
                .body("'x-partybloc-unavailable-services'", hasItem("member"));
        given().get("/q/swagger-ui/").then().statusCode(200);
    }

    /** Every service's code lists at one endpoint, passed through as they are; a service that did not answer is marked. */
    @Test
    void codeListsAssembleWhatAnsweredAndMarkTheRest() {
        given().auth()
                .oauth2(Tokens.as("integration"))
                .get("/api/v1/code-lists")
                .then()
                .statusCode(200)
                .body("lists.name", org.hamcrest.Matchers.contains("organization-types"))
                .body("lists[0].codes[0].vi", org.hamcrest.Matchers.equalTo("Chi bộ cơ sở"))
                .body("lists[0].source", org.hamcrest.Matchers.nullValue())
                .body("sources.organizations.status", org.hamcrest.Matchers.equalTo("OK"))
                .body("sources.members.status", org.hamcrest.Matchers.equalTo("UNREACHABLE"))
                .body("sources.training.status", org.hamcrest.Matchers.equalTo("FAILED"))
                .body("sources.training.detail", org.hamcrest.Matchers.equalTo("the answer holds no lists"))
                .body("sources.evaluations.status", org.hamcrest.Matchers.equalTo("NOT_DEPLOYED"));
        UpstreamResource.organizations.verify(getRequestedFor(urlEqualTo("/api/v1/code-lists/organizations"))
                .withHeader("Authorization", matching("Bearer .+")));
    }

    @Test
    void overviewAssemblesWhatAnsweredAndMarksTheRest() {
        UUID bloc = UUID.randomUUID();
        given().auth()
                .oauth2(Tokens.as("viewer"))
                .queryParam("organizationId", bloc.toString())
                .queryParam("asOf", "2023-06-30")
                .get("/api/v1/reports/overview")
                .then()
                .statusCode(200)
                .body("sections.organizations.status", org.hamcrest.Matchers.equalTo("OK"))
                .body("sections.organizations.data.grassroots", org.hamcrest.Matchers.equalTo(122))
                .body("sections.members.status", org.hamcrest.Matchers.equalTo("UNREACHABLE"))
                .body("sections.training.status", org.hamcrest.Matchers.equalTo("OK"))
                .body(
                        "sections.training.data.topics.find { it.topic == 'PARTY_WORK' }.attendees",
                        org.hamcrest.Matchers.equalTo(1063))
                .body("sections.training.data.totals.courses", org.hamcrest.Matchers.equalTo(9))
                .body("sections.evaluation.status", org.hamcrest.Matchers.equalTo("NOT_DEPLOYED"))
                .body("sections.meetings.status", org.hamcrest.Matchers.equalTo("OK"))
                .body("sections.meetings.data.summary.cellsMeetingEveryMonth", org.hamcrest.Matchers.equalTo(1050));
        UpstreamResource.organizations.verify(
                getRequestedFor(urlEqualTo("/api/v1/organizations/" + bloc + "/counts?asOf=2023-06-30")));
        UpstreamResource.organizations.verify(
                getRequestedFor(urlEqualTo("/api/v1/organizations/" + bloc + "/meetings/summary?asOf=2023-06-30")));
        UpstreamResource.training.verify(
                getRequestedFor(urlEqualTo("/api/v1/courses/report?organizationId=" + bloc + "&asOf=2023-06-30"))
                        .withHeader("Authorization", matching("Bearer .+")));
    }

    /**
     * A part slower than the report timeout is marked TIMEOUT and the report still carries every other part; each
     * part's time and status are in the metrics, from which the timeout is sized.
     */
    @Test
    void aPartSlowerThanTheReportTimeoutIsMarkedAndTheRestIsReturned() {
        UUID slow = UUID.randomUUID();
        StubMapping stub =
                UpstreamResource.organizations.stubFor(get(urlPathEqualTo("/api/v1/organizations/" + slow + "/counts"))
                        .atPriority(1)
                        .willReturn(aResponse()
                                .withStatus(200)
                                .withHeader("Content-Type", "application/json")
                                .withBody("{\"grassroots\":1}")
                                .withFixedDelay(4_000)));
        try {
            given().auth()
                    .oauth2(Tokens.as("viewer"))
                    .queryParam("organizationId", slow.toString())
                    .get("/api/v1/reports/overview")
                    .then()
                    .statusCode(200)
                    .body("sections.organizations.status", org.hamcrest.Matchers.equalTo("TIMEOUT"))
                    .body("sections.organizations.detail", containsString("organization-service did not answer"))
                    .body("sections.meetings.status", org.hamcrest.Matchers.equalTo("OK"))
                    .body("sections.training.status", org.hamcrest.Matchers.equalTo("OK"));
        } finally {
            UpstreamResource.organizations.removeStub(stub);
        }
        String text = given().get(metrics).then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(
                text.contains("gateway_report_part_seconds_count{part=\"organizations\",status=\"TIMEOUT\""),
                "no timer of the part that timed out");
        org.junit.jupiter.api.Assertions.assertTrue(
                text.contains("gateway_report_part_seconds_bucket{part=\"meetings\",status=\"OK\""),
                "no histogram of a part that answered");
    }

    /**
     * The report's calls stay on HTTP/1.1. The services accept an upgrade to HTTP/2, and over it all parts in flight to
     * one service shared one connection: at 16 concurrent overviews on the demo, parts that timed out closed it and 68
     * of 400 parts came back UNREACHABLE ({@code EOFException}), the Bloc's lookup with them.
     */
    @Test
    void theReportsCallsDoNotAskToUpgradeToHttp2() {
        given().auth()
                .oauth2(Tokens.as("viewer"))
                .queryParam("organizationId", UUID.randomUUID().toString())
                .get("/api/v1/reports/overview")
                .then()
                .statusCode(200)
                .body("sections.training.status", org.hamcrest.Matchers.equalTo("OK"));
        org.junit.jupiter.api.Assertions.assertEquals(
                List.of(),
                UpstreamResource.training.findAll(getRequestedFor(urlPathEqualTo("/api/v1/courses/report"))
                        .withHeader("Upgrade", matching(".+"))),
                "a report call asked to upgrade its connection");
    }

    @Test
    void overviewWithoutAnOrganizationCoversTheCallersScopeRoot() {
        given().auth()
                .oauth2(Tokens.as("viewer"))
                .get("/api/v1/reports/overview")
                .then()
                .statusCode(200)
                .body("organizationId", org.hamcrest.Matchers.equalTo(UpstreamResource.BLOC));
        UpstreamResource.organizations.verify(
                getRequestedFor(urlEqualTo("/api/v1/organizations/" + UpstreamResource.BLOC + "/counts")));

        UUID cell = UUID.randomUUID();
        given().auth()
                .oauth2(Tokens.secretaryOf(cell))
                .get("/api/v1/reports/overview")
                .then()
                .statusCode(200)
                .body("organizationId", org.hamcrest.Matchers.equalTo(cell.toString()));
        UpstreamResource.training.verify(getRequestedFor(urlEqualTo("/api/v1/courses/report?organizationId=" + cell)));

        given().auth()
                .oauth2(Tokens.as("viewer"))
                .queryParam("organizationId", "not-a-uuid")
                .get("/api/v1/reports/overview")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
    }

    /**
     * Under load the Bloc's lookup failed now and then (the bench's overview at 2/s on a fresh stack), and the report
     * answered 404 "no resource at this path", which tells a client the report does not exist.
     */
    @Test
    void aReportWhoseBlocCannotBeLookedUpIsUnavailableAndOneWithNoBlocSaysSo() {
        blocLookupAnswers(
                aResponse().withStatus(503),
                () -> given().auth()
                        .oauth2(Tokens.as("viewer"))
                        .get("/api/v1/reports/overview")
                        .then()
                        .statusCode(503)
                        .contentType("application/problem+json")
                        .body("detail", containsString("organizationId")));
        blocLookupAnswers(
                aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "application/json")
                        .withBody("{\"items\":[],\"page\":0,\"size\":1,\"total\":0}"),
                () -> given().auth()
                        .oauth2(Tokens.as("viewer"))
                        .queryParam("from", "2021-01-01")
                        .queryParam("to", "2023-06-30")
                        .get("/api/v1/reports/period")
                        .then()
                        .statusCode(404)
                        .contentType("application/problem+json")
                        .body("detail", containsString("No Bloc")));
    }

    private static void blocLookupAnswers(ResponseDefinitionBuilder answer, Runnable check) {
        StubMapping stub = UpstreamResource.organizations.stubFor(get(urlPathEqualTo("/api/v1/organizations"))
                .withQueryParam("type", equalTo("BLOC_COMMITTEE"))
                .atPriority(1)
                .willReturn(answer));
        try {
            check.run();
        } finally {
            UpstreamResource.organizations.removeStub(stub);
        }
    }

    @Test
    void periodReportAsksEachPartForThePeriodAndMarksWhatDidNotAnswer() {
        UUID committee = UUID.randomUUID();
        given().auth()
                .oauth2(Tokens.as("organizer"))
                .queryParam("organizationId", committee.toString())
                .queryParam("from", "2021-01-01")
                .queryParam("to", "2023-06-30")
                .get("/api/v1/reports/period")
                .then()
                .statusCode(200)
                .body("organizationId", org.hamcrest.Matchers.equalTo(committee.toString()))
                .body("from", org.hamcrest.Matchers.equalTo("2021-01-01"))
                .body("to", org.hamcrest.Matchers.equalTo("2023-06-30"))
                .body("sections.structuralChanges.status", org.hamcrest.Matchers.equalTo("OK"))
                .body("sections.positionsFilled.status", org.hamcrest.Matchers.equalTo("UNREACHABLE"))
                .body("sections.memberMovements.status", org.hamcrest.Matchers.equalTo("UNREACHABLE"));
        UpstreamResource.organizations.verify(getRequestedFor(urlEqualTo(
                        "/api/v1/organizations/" + committee + "/change-counts?from=2021-01-01&to=2023-06-30"))
                .withHeader("Authorization", matching("Bearer .+")));

        given().auth()
                .oauth2(Tokens.as("viewer"))
                .queryParam("from", "2022-01-01")
                .queryParam("to", "2022-12-31")
                .get("/api/v1/reports/period")
                .then()
                .statusCode(200)
                .body("organizationId", org.hamcrest.Matchers.equalTo(UpstreamResource.BLOC));
    }

    @Test
    void aReportDateOutsideTheYears1900To2100IsTheGatewaysOwn400AndNoServiceIsAsked() {
        int before = UpstreamResource.organizations.getAllServeEvents().size()
                + UpstreamResource.training.getAllServeEvents().size();
        for (String[] query : new String[][] {
            {"/api/v1/reports/overview", "asOf", "0000-06-30"},
            {"/api/v1/reports/overview", "asOf", "2101-01-01"},
            {"/api/v1/reports/period", "from", "1899-12-31"},
            {"/api/v1/reports/period", "to", "+10000-01-01"}
        }) {
            java.util.Map<String, String> parameters = new java.util.HashMap<>(java.util.Map.of(
                    "organizationId", UUID.randomUUID().toString(), "from", "2021-01-01", "to", "2023-06-30"));
            parameters.put(query[1], query[2]);
            given().auth()
                    .oauth2(Tokens.as("viewer"))
                    .queryParams(parameters)
                    .get(query[0])
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json");
        }
        org.junit.jupiter.api.Assertions.assertEquals(
                before,
                UpstreamResource.organizations.getAllServeEvents().size()
                        + UpstreamResource.training.getAllServeEvents().size(),
                "a service was asked");
    }

    @Test
    void periodReportRefusesAPeriodEndingBeforeItStartsOrWithoutAnEnd() {
        int before = UpstreamResource.organizations.getAllServeEvents().size();
        given().auth()
                .oauth2(Tokens.as("viewer"))
                .queryParam("organizationId", UUID.randomUUID().toString())
                .queryParam("from", "2023-06-30")
                .queryParam("to", "2021-01-01")
                .get("/api/v1/reports/period")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", org.hamcrest.Matchers.endsWith("/validation"));
        given().auth()
                .oauth2(Tokens.as("viewer"))
                .queryParam("organizationId", UUID.randomUUID().toString())
                .queryParam("from", "2021-01-01")
                .get("/api/v1/reports/period")
                .then()
                .statusCode(400)
                .contentType("application/problem+json");
        org.junit.jupiter.api.Assertions.assertEquals(
                before,
                UpstreamResource.organizations.getAllServeEvents().size(),
                "no service is asked about a period that is not one");
    }

    @Test
    void corsAnswersConfiguredFrontEnds() {
        given().header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "PATCH")
                .options("/api/v1/organizations")
                .then()
                .header("Access-Control-Allow-Origin", "http://localhost:5173");
    }

    /** Health and metrics are for probes and the scraper, on the management port; the API's port does not have them. */
    @Test
    void healthAndMetricsAreOnTheManagementPortNotOnTheApis() {
        given().get("/q/health/ready").then().statusCode(404);
        given().get("/q/metrics").then().statusCode(404);
        given().get(readiness).then().statusCode(200);
        given().get(metrics).then().statusCode(200);
    }

    /**
     * Metrics describe every caller's traffic, so a request's path must not reach them with the ids or codes another
     * caller asked for: the proxied routes are tagged with a template, each segment after the resource nouns in
     * braces.
     */
    @Test
    void metricsTagProxiedRequestsWithATemplateNotTheCallersIds() {
        UUID organization = UUID.randomUUID();
        given().auth()
                .oauth2(Tokens.as("viewer"))
                .get("/api/v1/organizations/" + organization + "/history")
                .then()
                .statusCode(200);
        given().auth()
                .oauth2(Tokens.as("viewer"))
                .get("/api/v1/organizations/by-code/CB-0042")
                .then()
                .statusCode(200);

        String text = given().get(metrics).then().statusCode(200).extract().asString();

        org.junit.jupiter.api.Assertions.assertFalse(text.contains(organization.toString()), "an id in the metrics");
        org.junit.jupiter.api.Assertions.assertFalse(text.contains("CB-0042"), "a code in the metrics");
        org.junit.jupiter.api.Assertions.assertTrue(
                text.contains("uri=\"/api/v1/organizations/{id}/history\""), "the route's template");
        org.junit.jupiter.api.Assertions.assertTrue(
                text.contains("uri=\"/api/v1/organizations/by-code/{id}\""), "the route's template");
        org.junit.jupiter.api.Assertions.assertTrue(
                text.lines()
                        .anyMatch(line -> line.startsWith("http_server_requests_seconds_bucket{")
                                && line.contains("uri=\"/api/v1/organizations/{id}/history\"")
                                && line.contains("le=\"0.25\"")),
                "a latency histogram per route template");
    }

    @Test
    void everyAnswerForbidsCachingAndTypeSniffingProxiedOrTheGatewaysOwn() {
        given().auth()
                .oauth2(Tokens.as("viewer"))
                .get("/api/v1/organizations")
                .then()
                .statusCode(200)
                .header("Cache-Control", org.hamcrest.Matchers.equalTo("no-store"))
                .header("X-Content-Type-Options", org.hamcrest.Matchers.equalTo("nosniff"));
        given().get("/api/v1/organizations")
                .then()
                .statusCode(401)
                .header("Cache-Control", org.hamcrest.Matchers.equalTo("no-store"))
                .header("X-Content-Type-Options", org.hamcrest.Matchers.equalTo("nosniff"));
    }
}
