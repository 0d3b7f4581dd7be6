package vn.partybloc.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.AnnouncedBody;
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
}
