package vn.partybloc.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.partybloc.client.ApiException;

/**
 * Why the API refused what a form sent, for the form to show: the problem's {@code detail} above it, and each of the
 * problem's {@code errors} next to the field it names (the form's fields bear the request's field names).
 */
public record FormProblem(String detail, Map<String, String> fields) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final FormProblem NONE = new FormProblem(null, Map.of());

    /**
     * Whether a refusal belongs on the form: the request's fault or a rule it broke (4xx); not a sign-in that ran
     * out (401) nor a failure of the system (5xx), which the problem page shows.
     */
    static boolean shownOnTheForm(ApiException refused) {
        return refused.getCode() >= 400 && refused.getCode() < 500 && refused.getCode() != 401;
    }

    static FormProblem of(ApiException refused) {
        Map<String, String> fields = new LinkedHashMap<>();
        try {
            JsonNode errors = JSON.readTree(refused.getResponseBody()).path("errors");
            for (JsonNode error : errors) {
                fields.merge(error.path("field").asText(), error.path("message").asText(), (a, b) -> a + "; " + b);
            }
        } catch (Exception notAProblem) {
            // no field to point at: the detail says it all
        }
        return new FormProblem(ApiProblemPage.detail(refused), fields);
    }

    /** What is wrong with {@code field}, or null. */
    public String about(String field) {
        return fields.get(field);
    }
}
