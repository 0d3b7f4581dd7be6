package vn.partybloc.platform.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.partybloc.kernel.RequestIds;

/**
 * Puts the gateway's request id into the logging context, so that every line a service logs while it handles the
 * request names it (docs/operations.md, "Following a request"). The context lives in the request's own Vert.x context,
 * which the worker thread that runs the resource shares, and ends with it.
 */
public class RequestIdLogging {

    @ServerRequestFilter(preMatching = true)
    public void logUnderTheRequestId(ContainerRequestContext request) {
        String requestId = request.getHeaderString(RequestIds.HEADER);
        if (RequestIds.isPlain(requestId)) {
            MDC.put(RequestIds.LOG_KEY, requestId);
        } else {
            MDC.remove(RequestIds.LOG_KEY);
        }
    }
}
