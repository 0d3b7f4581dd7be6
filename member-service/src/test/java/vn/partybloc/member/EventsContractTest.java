package vn.partybloc.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.File;
import org.junit.jupiter.api.Test;
import vn.partybloc.member.events.MemberEvents;

/** The documented example payloads are exactly the shapes member-service publishes. */
class EventsContractTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final File DIR = new File("../docs/events/member");

    @Test
    void everyDocumentedExampleParsesAsThePublishedPayload() throws Exception {
        File[] examples = DIR.listFiles((d, name) -> name.endsWith(".json"));
        assertNotNull(examples, "no examples under " + DIR.getAbsolutePath());
        assertEquals(5, examples.length);
        for (File example : examples) {
            String type = example.getName().replace(".json", "");
            if (type.startsWith("Member")) {
                MemberEvents.MemberData data = JSON.readValue(example, MemberEvents.MemberData.class);
                assertNotNull(data.memberId(), type);
                assertNotNull(data.change(), type);
            } else if (type.startsWith("CommitteePosition")) {
                MemberEvents.PositionData data = JSON.readValue(example, MemberEvents.PositionData.class);
                assertNotNull(data.positionId(), type);
                assertTrue(type.endsWith("Started") == (data.endsOn() == null), type);
            } else {
                assertNotNull(
                        JSON.readValue(example, MemberEvents.CommitteeData.class)
                                .committeeId(),
                        type);
            }
        }
    }
}
