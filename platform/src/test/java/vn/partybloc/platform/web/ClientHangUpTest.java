package vn.partybloc.platform.web;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import org.awaitility.core.ConditionTimeoutException;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;
import vn.partybloc.kernel.RequestIds;
import vn.partybloc.platform.security.CallerLogging;
import vn.partybloc.testing.LogRecorder;
import vn.partybloc.testing.Tokens;

/**
 * A client that hangs up while its answer is being written (a browser tab closed, the gateway's report timeout) is not
 * a fault of the service: it is noted in one line, not logged as an unexpected error with an incident id and a stack
 * trace, which an operator would chase and an alert on errors would count.
 *
 * <p>The service can only note a hang-up it learns of. Quarkus does not always tell it: a write that reaches a
 * connection already closed may vanish without an error, and the answer is then made to its end for nobody (seen in
 * about one hang-up in twenty on two busy cores). So the client hangs up again, each time under a new request id,
 * until the service has noted one; none of them may be logged as a warning or an error.
 */
@QuarkusTest
class ClientHangUpTest {

    private static final int ATTEMPTS = 6;

    @TestHTTPResource("/")
    URL server;

    @Test
    void aClientThatHangsUpMidAnswerIsNotedNotLoggedAsAnError() throws Exception {
        Optional<ExtLogRecord> noted = Optional.empty();
        List<String> requestIds = new ArrayList<>();
        List<String> warnings;
        try (LogRecorder log = new LogRecorder()) {
            for (int attempt = 0; attempt < ATTEMPTS && noted.isEmpty(); attempt++) {
                String requestId = "hang-up-" + attempt + "-" + System.nanoTime();
                requestIds.add(requestId);
                hangUpMidAnswer(requestId);
                noted = awaitHangUpNoted(log);
            }
            warnings = log.atLeast(Level.WARNING);
        }
        assertTrue(noted.isPresent(), "none of " + ATTEMPTS + " hang-ups was noted");
        assertTrue(
                requestIds.contains(noted.orElseThrow().getMdc(RequestIds.LOG_KEY)),
                "the line names the request it was about");
        assertEquals("admin", noted.orElseThrow().getMdc(CallerLogging.LOG_KEY), "and who made it");
        assertEquals(List.of(), warnings, "warnings or errors logged");
    }

    private void hangUpMidAnswer(String requestId) throws Exception {
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /test/forms/lines?count=1000000 HTTP/1.1\r\nHost: localhost\r\nX-Request-Id: " + requestId
                            + "\r\nAuthorization: Bearer " + Tokens.as("admin") + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String begun = new String(in.readNBytes(4096), StandardCharsets.UTF_8); // the answer has begun
            assertTrue(begun.startsWith("HTTP/1.1 200"), begun);
            socket.setSoLinger(true, 0); // and the client goes away, unread bytes and all
        }
    }

    /** The line noting a hang-up, any of them, once it is logged; empty if none is within 10 seconds. */
    private static Optional<ExtLogRecord> awaitHangUpNoted(LogRecorder log) {
        try {
            return await().atMost(Duration.ofSeconds(10)).until(() -> hangUpNoted(log), Optional::isPresent);
        } catch (ConditionTimeoutException unnoticed) {
            return Optional.empty();
        }
    }

    private static Optional<ExtLogRecord> hangUpNoted(LogRecorder log) {
        return log.lines().stream()
                .filter(line -> line.getLoggerName().equals(ProblemExceptionMappers.class.getName())
                        && line.getFormattedMessage().contains("hung up"))
                .findFirst();
    }
}
