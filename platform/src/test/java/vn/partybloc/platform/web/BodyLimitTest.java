package vn.partybloc.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.AnnouncedBody;
import vn.partybloc.testing.LogRecorder;
import vn.partybloc.testing.Tokens;

@QuarkusTest
class BodyLimitTest {

    @Test
    void aBodyAnnouncedOverTheLimitIsRefusedUnreadWithAProblemInTheCallersLanguage() throws Exception {
        long limit = ConfigProvider.getConfig()
                .getValue("quarkus.http.limits.max-body-size", MemorySize.class)
                .asLongValue();

        AnnouncedBody.Answer answer = AnnouncedBody.send(
                "POST",
                "/test/notes",
                Map.of(
                        "Authorization", "Bearer " + Tokens.as("admin"),
                        "Content-Type", "application/json",
                        "Accept-Language", "vi"),
                limit + 1);

        assertEquals(413, answer.status(), answer.raw());
        assertTrue(answer.isProblem(), answer.raw());
        assertEquals("vi", answer.header("Content-Language"), answer.raw());
        assertTrue(answer.body().contains("\"status\":413"), answer.raw());
        assertTrue(answer.body().contains("vượt quá " + limit + " byte"), answer.raw());
    }

    /**
     * A chunked body announces no length, so it is refused once it has grown past the limit: a 413 that closes the
     * connection, noted in the log at INFO, not as an error with a stack trace (a client's oversized upload is not a
     * fault of the service). Quarkus' reader writes that 413 itself, before the application sees the error, so it has
     * no problem body: a client that announces its length gets the problem (the test above).
     */
    @Test
    void aChunkedBodyThatGrowsPastTheLimitIsRefusedWith413AndNoErrorInTheLog() throws Exception {
        long limit = ConfigProvider.getConfig()
                .getValue("quarkus.http.limits.max-body-size", MemorySize.class)
                .asLongValue();
        AnnouncedBody.Answer answer;
        List<String> errors;
        try (LogRecorder log = new LogRecorder()) {
            answer = AnnouncedBody.chunked(
                    "POST",
                    "/test/notes",
                    Map.of("Authorization", "Bearer " + Tokens.as("admin"), "Content-Type", "application/json"),
                    limit + 1024 * 1024);
            errors = log.atLeast(Level.SEVERE);
        }

        assertEquals(413, answer.status(), answer.raw());
        assertEquals("close", answer.header("Connection"), answer.raw());
        assertEquals(List.of(), errors, "errors logged");
    }
}
