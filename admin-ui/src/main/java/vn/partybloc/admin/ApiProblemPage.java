package vn.partybloc.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.Arc;
import io.quarkus.logging.Log;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.partybloc.client.ApiException;

/**
 * A call the gateway refused or could not answer is shown as the problem's own words (problem+json {@code detail})
 * with the gateway's status, never a stack trace: on a page with the console's navigation, or, for a part of a page
 * htmx asked for, as an alert in the page's problem region (the layout tells htmx to swap error answers).
 */
public class ApiProblemPage {

    private static final ObjectMapper JSON = new ObjectMapper();

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance problem(SignedIn user, int status, String detail);

        static native TemplateInstance alert(String detail);
    }

    private final SignedIn user;

    public ApiProblemPage(SignedIn user) {
        this.user = user;
    }

    @ServerExceptionMapper
    public Response refused(ApiException e, HttpHeaders request) {
        int status = e.getCode() == 0 ? 502 : e.getCode();
        Response.ResponseBuilder response = Response.status(status).type(MediaType.TEXT_HTML_TYPE);
        if (request.getHeaderString("HX-Request") == null) {
            return response.entity(Templates.problem(user, status, detail(e))).build();
        }
        return response.header("HX-Retarget", "#problem")
                .header("HX-Reswap", "innerHTML")
                .entity(Templates.alert(detail(e)))
                .build();
    }

    /** A request the console itself refuses (a year it cannot ask for): the page says why, in its own words. */
    @ServerExceptionMapper
    public Response badRequest(BadRequestException e) {
        return Response.status(400)
                .type(MediaType.TEXT_HTML_TYPE)
                .entity(Templates.problem(user, 400, e.getMessage()))
                .build();
    }

    /**
     * The problem's {@code detail}; for an answer that is no problem (a garbled body, a proxy's error page, no answer
     * at all) the page's own words, with the status, never the parser's or the proxy's text, which is logged instead.
     */
    static String detail(ApiException e) {
        try {
            JsonNode problem = JSON.readTree(e.getResponseBody());
            if (problem != null && problem.hasNonNull("detail")) {
                return problem.get("detail").asText();
            }
        } catch (Exception notJson) {
            // the body is not a problem: the page says so in its own words
        }
        Log.warnf(e, "An answer of the gateway that is not a problem (status %d)", e.getCode());
        Messages words = Arc.container().instance(SignedIn.class).get().words();
        return e.getCode() == 0 ? words.unreadable_answer() : words.no_answer(e.getCode());
    }
}
