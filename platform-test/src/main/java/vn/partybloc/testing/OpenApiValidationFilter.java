package vn.partybloc.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Body;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.restassured.authentication.PreemptiveOAuth2HeaderScheme;
import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * A rest-assured filter that checks every exchange with the service against the service's own OpenAPI document: the
 * answer always (status, headers, content type, body schema), the request too unless the test sends invalid requests
 * on purpose. A mismatch fails the test with the validator's report. Requests to Quarkus's own endpoints
 * ({@code /q/...}), which the document does not describe, pass unchecked.
 */
public final class OpenApiValidationFilter implements Filter {

    private final Supplier<OpenApiInteractionValidator> validator;
    private final boolean validateRequests;

    public OpenApiValidationFilter(Supplier<OpenApiInteractionValidator> validator, boolean validateRequests) {
        this.validator = validator;
        this.validateRequests = validateRequests;
    }

    /** A filter that validates against the given document (JSON or YAML text). */
    public static OpenApiValidationFilter forDocument(String document, boolean validateRequests) {
        OpenApiInteractionValidator validator = validatorFor(document);
        return new OpenApiValidationFilter(() -> validator, validateRequests);
    }

    static OpenApiInteractionValidator validatorFor(String document) {
        return OpenApiInteractionValidator.createForInlineApiSpecification(document)
                .build();
    }

    @Override
    public Response filter(
            FilterableRequestSpecification requestSpec,
            FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(requestSpec, responseSpec);
        if (requestSpec.getDerivedPath().startsWith("/q/")) {
            return response;
        }
        Request request = withBearerToken(RestAssuredRequest.of(requestSpec), requestSpec);
        com.atlassian.oai.validator.model.Response answer = RestAssuredResponse.of(response);
        if (validateRequests) {
            throwOnErrors(validator.get().validate(request, answer), request, answer);
        } else {
            checkAnswer(validator.get(), request, answer);
        }
        return response;
    }

    /**
     * The answer's checks only, for a request sent invalid on purpose; a request the document does not describe (no
     * such path or method) is not reported.
     */
    static void checkAnswer(
            OpenApiInteractionValidator validator, Request request, com.atlassian.oai.validator.model.Response answer) {
        ValidationReport report = validator.validateResponse(request.getPath(), request.getMethod(), answer);
        List<ValidationReport.Message> aboutTheAnswer = report.getMessages().stream()
                .filter(message -> !message.getKey().startsWith("validation.request."))
                .toList();
        throwOnErrors(ValidationReport.from(aboutTheAnswer), request, answer);
    }

    private static void throwOnErrors(
            ValidationReport report, Request request, com.atlassian.oai.validator.model.Response answer) {
        if (report.hasErrors()) {
            throw new AssertionError(request.getMethod() + " " + request.getPath() + " → " + answer.getStatus()
                    + " does not match the OpenAPI document:\n"
                    + describe(report.getMessages(), "  ")
                    + "\nresponse body: " + abbreviate(answer.getBody().orElse("")));
        }
    }

    /**
     * rest-assured adds the header of {@code auth().oauth2(token)} only when it sends, after the filters: the
     * validator is told of it here, so that it sees the credentials the document asks for.
     */
    private static Request withBearerToken(Request request, FilterableRequestSpecification requestSpec) {
        if (!(requestSpec.getAuthenticationScheme() instanceof PreemptiveOAuth2HeaderScheme oauth2)) {
            return request;
        }
        Map<String, Collection<String>> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.putAll(request.getHeaders());
        headers.put("Authorization", List.of("Bearer " + oauth2.getAccessToken()));
        return new Request() {
            @Override
            public String getPath() {
                return request.getPath();
            }

            @Override
            public Method getMethod() {
                return request.getMethod();
            }

            @Override
            public Optional<String> getBody() {
                return request.getBody();
            }

            @Override
            public Optional<Body> getRequestBody() {
                return request.getRequestBody();
            }

            @Override
            public Collection<String> getQueryParameters() {
                return request.getQueryParameters();
            }

            @Override
            public Collection<String> getQueryParameterValues(String name) {
                return request.getQueryParameterValues(name);
            }

            @Override
            public Map<String, Collection<String>> getHeaders() {
                return headers;
            }

            @Override
            public Collection<String> getHeaderValues(String name) {
                return headers.getOrDefault(name, List.of());
            }
        };
    }

    /** Each message with the ones nested in it (why an {@code allOf} or {@code oneOf} did not match). */
    private static String describe(List<ValidationReport.Message> messages, String indent) {
        StringBuilder text = new StringBuilder();
        for (ValidationReport.Message message : messages) {
            text.append(indent)
                    .append(message.getKey())
                    .append(": ")
                    .append(message.getMessage())
                    .append('\n')
                    .append(describe(message.getNestedMessages(), indent + "  "));
        }
        return text.toString();
    }

    private static String abbreviate(String text) {
        return text.length() > 500 ? text.substring(0, 500) + "…" : text;
    }
}
