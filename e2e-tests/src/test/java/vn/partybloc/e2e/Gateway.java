package vn.partybloc.e2e;

import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;
import java.util.List;
import vn.partybloc.client.ApiClient;
import vn.partybloc.e2e.contract.Contract;
import vn.partybloc.e2e.contract.KnownMismatch;
import vn.partybloc.e2e.contract.ValidatingHttpClient;

/**
 * How the journeys call the API: through the gateway, with the generated Java client, every call checked against the
 * merged document. Rest-assured is left for the calls the client cannot make (no token, a forged token).
 */
final class Gateway {

    static final String BASE_URL = "http://localhost:" + LocalStack.GATEWAY;

    /**
     * Mismatches between the services and the merged document that are known and being fixed, tolerated until then;
     * none today. An entry fails the suite once no call shows it, so it goes when its fix lands.
     */
    private static final List<KnownMismatch> KNOWN_MISMATCHES = List.of();

    private static Contract contract;

    private Gateway() {}

    static synchronized Contract contract() {
        if (contract == null) {
            // -Dpartybloc.e2e.collect-mismatches=true lists every mismatch at the end instead of failing at the first.
            contract = Contract.ofThisBuild(
                    Path.of(System.getProperty("partybloc.project", "..")).toAbsolutePath(),
                    !Boolean.getBoolean("partybloc.e2e.collect-mismatches"),
                    KNOWN_MISMATCHES);
        }
        return contract;
    }

    /** The generated client, as the holder of {@code token}; requests and responses are checked. */
    static ApiClient as(String token) {
        return client(token, Contract.Requests.VALID);
    }

    /** The generated client for a request that is refused on purpose: only the response is checked. */
    static ApiClient refusedOnPurpose(String token) {
        return client(token, Contract.Requests.BAD_ON_PURPOSE);
    }

    private static ApiClient client(String token, Contract.Requests requests) {
        ApiClient client = new ApiClient(
                ValidatingHttpClient.builder(contract(), requests), ApiClient.createDefaultObjectMapper(), BASE_URL);
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    /** Rest-assured for a request the client cannot send (bad on purpose): only the response is checked. */
    static RequestSpecification raw() {
        return RestAssured.given().baseUri(BASE_URL).filter(checking(Contract.Requests.BAD_ON_PURPOSE));
    }

    /**
     * Rest-assured for a valid request to a URL the API handed out (a {@code Location}), which the generated client
     * has no method for: request and response are checked.
     */
    static RequestSpecification following() {
        return RestAssured.given().baseUri(BASE_URL).filter(checking(Contract.Requests.VALID));
    }

    private static Filter checking(Contract.Requests requests) {
        return (request, response, context) -> {
            io.restassured.response.Response answered = context.next(request, response);
            contract()
                    .check(
                            RestAssuredRequest.of(request),
                            RestAssuredResponse.of(answered),
                            requests,
                            Contract.Channel.REST_ASSURED);
            return answered;
        };
    }
}
