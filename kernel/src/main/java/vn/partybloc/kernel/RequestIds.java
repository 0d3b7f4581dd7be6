package vn.partybloc.kernel;

import java.util.regex.Pattern;

/**
 * The request id that follows a request from the gateway to the service that answers it, and into each log line
 * written while it is handled. The gateway keeps a caller's own id when it is a plain token fit for logs, and issues one
 * otherwise; nothing else ever reaches a log line, so a crafted header cannot forge one.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    /** The key of the id in the logging context (MDC): {@code %X{requestId}} in a text format, a field in JSON logs. */
    public static final String LOG_KEY = "requestId";
    /**
     * The key Quarkus' OpenTelemetry gives the request's trace id in the logging context; the gateway's access line and
     * the consumers, which log outside the request's span, set it under the same key.
     */
    public static final String TRACE_LOG_KEY = "traceId";

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._:-]{1,200}");

    private RequestIds() {}

    public static boolean isPlain(String requestId) {
        return requestId != null && PLAIN.matcher(requestId).matches();
    }
}
