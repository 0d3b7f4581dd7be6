package vn.partybloc.member;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.partybloc.member.events.MemberEvents;
import vn.partybloc.testing.PublishedExamples;

/** The documented example payloads are exactly the shapes member-service publishes, both ways. */
class EventsContractTest {

    @Test
    void everyDocumentedExampleIsExactlyThePublishedPayload() throws Exception {
        Map<String, File> examples = PublishedExamples.of("member");
        assertEquals(6, examples.size());
        for (Map.Entry<String, File> example : examples.entrySet()) {
            String type = example.getKey();
            if (type.startsWith("Member")) {
                MemberEvents.MemberData data =
                        PublishedExamples.assertExactly(example.getValue(), MemberEvents.MemberData.class);
                assertNotNull(data.memberId(), type);
                assertNotNull(data.change(), type);
            } else if (type.startsWith("CommitteePosition") || type.equals("ResponsibilityAssigned")) {
                MemberEvents.PositionData data =
                        PublishedExamples.assertExactly(example.getValue(), MemberEvents.PositionData.class);
                assertNotNull(data.positionId(), type);
                assertTrue(type.endsWith("Ended") == (data.endsOn() != null), type);
                assertTrue(type.endsWith("Started") == data.responsibilities().isEmpty(), type);
            } else {
                assertNotNull(
                        PublishedExamples.assertExactly(example.getValue(), MemberEvents.CommitteeData.class)
                                .committeeId(),
                        type);
            }
        }
    }
}
