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
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;
import vn.partybloc.kernel.RequestIds;
import vn.partybloc.testing.LogRecorder;
import vn.partybloc.testing.Tokens;

/**
 * A client that hangs up while its answer is being written (a browser tab closed, the gateway's report timeout) is not
 * a fault of the service: it is noted in one line, not logged as an unexpected error with an incident id and a stack
 * trace, which an operator would chase and an alert on errors would count.
 */
@QuarkusTest
class ClientHangUpTest {

    private static final String REQUEST_ID = "hang-up-" + System.nanoTime();

    @TestHTTPResource("/")
    URL server;

    @Test
    void aClientThatHangsUpMidAnswerIsNotedNotLoggedAsAnError() throws Exception {
        ExtLogRecord noted;
        List<String> warnings;
        try (LogRecorder log = new LogRecorder()) {
            try (Socket socket = new Socket(server.getHost(), server.getPort())) {
                OutputStream out = socket.getOutputStream();
                out.write(("GET /test/forms/lines?count=1000000 HTTP/1.1\r\nHost: localhost\r\nX-Request-Id: "
                                + REQUEST_ID + "\r\nAuthorization: Bearer " + Tokens.as("admin") + "\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.flush();
                InputStream in = socket.getInputStream();
                String begun = new String(in.readNBytes(4096), StandardCharsets.UTF_8); // the answer has begun
                assertTrue(begun.startsWith("HTTP/1.1 200"), begun);
                socket.setSoLinger(true, 0); // and the client goes away, unread bytes and all
            }
            noted = await().atMost(Duration.ofSeconds(30))
                    .until(
                            () -> log.lines().stream()
                                    .filter(line -> line.getLoggerName().equals(ProblemExceptionMappers.class.getName())
                                            && line.getFormattedMessage().contains("hung up"))
                                    .findFirst(),
                            Optional::isPresent)
                    .orElseThrow();
            warnings = log.atLeast(Level.WARNING);
        }
        assertEquals(REQUEST_ID, noted.getMdc(RequestIds.LOG_KEY), "the line names the request");
        assertEquals(List.of(), warnings, "warnings or errors logged");
    }
}
