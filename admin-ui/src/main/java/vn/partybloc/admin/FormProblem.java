package vn.partybloc.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
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

    /** A form's request to the API. */
    interface Request<T> {
        T send() throws ApiException;
    }

    /** The form again, with why the API refused it. */
    interface Form {
        TemplateInstance showing(FormProblem problem) throws ApiException;
    }

    /**
     * Sends a form's request and leads to {@code next} of what it made; a refusal that belongs on the form answers the
     * form again with the API's words and the refusal's status, and any other goes on to the problem page.
     */
    static <T> Response sent(Request<T> request, Function<T, String> next, Form form) throws ApiException {
        T made;
        try {
            made = request.send();
        } catch (ApiException refused) {
            if (!shownOnTheForm(refused)) {
                throw refused;
            }
            return Response.status(refused.getCode())
                    .entity(form.showing(of(refused)))
                    .build();
        }
        return Response.seeOther(URI.create(next.apply(made))).build();
    }

    /**
     * As {@link #sent(Request, Function, Form)}, for a form sent under a key: a refused form is shown again under a new
     * one, since the API keeps the refusal under the old key and would take the corrected request for a replay.
     */
    static <T> Response sent(KeyedForm form, Request<T> request, Function<T, String> next, Form view)
            throws ApiException {
        return sent(request, next, problem -> {
            form.newKey();
            return view.showing(problem);
        });
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

    /** An API field name, or the start of one, that a form bears under another. */
    record Rename(String api, String form) {}

    /**
     * The same problem with the API's field names as the form bears them: each field is renamed by the first of
     * {@code renames} it starts with, and kept as it is if none.
     */
    FormProblem named(List<Rename> renames) {
        Map<String, String> named = new LinkedHashMap<>();
        fields.forEach((field, message) -> named.put(
                renames.stream()
                        .filter(rename -> field.startsWith(rename.api()))
                        .findFirst()
                        .map(rename ->
                                rename.form() + field.substring(rename.api().length()))
                        .orElse(field),
                message));
        return new FormProblem(detail, named);
    }

    /** What is wrong with {@code field}, or null. */
    public String about(String field) {
        return fields.get(field);
    }
}
