package vn.partybloc.platform.web;

import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.partybloc.kernel.Languages;

/**
 * A request with a body must say what the body is: without {@code Content-Type}, JAX-RS would read it as whatever the
 * operation consumes. Commands without a body (an empty POST) need none.
 */
public class ContentTypeRequired {

    @ServerRequestFilter(priority = Priorities.HEADER_DECORATOR)
    public Optional<Response> check(ContainerRequestContext request, UriInfo uri) {
        if (request.getHeaderString(HttpHeaders.CONTENT_TYPE) != null || !hasBody(request)) {
            return Optional.empty();
        }
        return Optional.of(ProblemResponses.of(
                ProblemType.UNSUPPORTED_MEDIA_TYPE,
                Languages.preferred(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)),
                uri,
                "content-type-missing"));
    }

    private static boolean hasBody(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        return request.getHeaderString("Transfer-Encoding") != null
                || (length != null && !length.strip().equals("0"));
    }
}
