package vn.partybloc.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.File;
import org.junit.jupiter.api.Test;
import vn.partybloc.evaluation.events.EvaluationEvents;

/** The documented example payloads are exactly the shapes evaluation-service publishes. */
class EventsContractTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    private static final File DIR = new File("../docs/events/evaluation");

    @Test
    void everyDocumentedExampleParsesAsThePublishedPayload() throws Exception {
        File[] examples = DIR.listFiles((d, name) -> name.endsWith(".json"));
        assertNotNull(examples, "no examples under " + DIR.getAbsolutePath());
        assertEquals(5, examples.length);
        for (File example : examples) {
            String type = example.getName().replace(".json", "");
            switch (type) {
                case EvaluationEvents.REVIEW_DECIDED,
                        EvaluationEvents.REVIEW_PUBLISHED,
                        EvaluationEvents.REVIEW_CANCELLED -> {
                    EvaluationEvents.ReviewData data = JSON.readValue(example, EvaluationEvents.ReviewData.class);
                    assertNotNull(data.reviewId(), type);
                    assertEquals(type.replace("Review", "").toUpperCase(), data.status(), type);
                }
                case EvaluationEvents.CONFIDENCE_VOTE_RECORDED ->
                    assertNotNull(
                            JSON.readValue(example, EvaluationEvents.ConfidenceVoteData.class)
                                    .results(),
                            type);
                case EvaluationEvents.INSPECTION_CONCLUDED ->
                    assertEquals(
                            "DONE",
                            JSON.readValue(example, EvaluationEvents.InspectionData.class)
                                    .status(),
                            type);
                default -> throw new AssertionError("an example for an unknown event type: " + type);
            }
        }
    }
}
