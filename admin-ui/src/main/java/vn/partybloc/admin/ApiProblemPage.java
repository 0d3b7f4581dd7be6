package vn.partybloc.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.partybloc.client.ApiException;

/**
 * A call the gateway refused or could not answer is shown as the problem's own words (problem+json {@code detail})
 * on a page with the console's navigation, with the gateway's status; never a stack trace.
 */
public class ApiProblemPage {

    private static final ObjectMapper JSON = new ObjectMapper();

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance problem(SignedIn user, int status, String detail);
    }

    private final SignedIn user;

    public ApiProblemPage(SignedIn user) {
        this.user = user;
    }

    @ServerExceptionMapper
    public Response refused(ApiException e) {
        int status = e.getCode() == 0 ? 502 : e.getCode();
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.problem(user, status, detail(e)))
                .build();
    }

    private static String detail(ApiException e) {
        try {
            JsonNode problem = JSON.readTree(e.getResponseBody());
            if (problem != null && problem.hasNonNull("detail")) {
                return problem.get("detail").asText();
            }
        } catch (Exception notJson) {
            // the body is not a problem: fall back to the exception's message
        }
        return e.getMessage();
    }
}
