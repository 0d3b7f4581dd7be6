package vn.partybloc.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.File;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.partybloc.evaluation.events.EvaluationEvents;
import vn.partybloc.testing.PublishedExamples;

/** The documented example payloads are exactly the shapes evaluation-service publishes. */
class EventsContractTest {

    @Test
    void everyDocumentedExampleIsExactlyThePublishedPayload() throws Exception {
        Map<String, File> examples = PublishedExamples.of("evaluation");
        assertEquals(8, examples.size());
        for (Map.Entry<String, File> example : examples.entrySet()) {
            String type = example.getKey();
            File file = example.getValue();
            switch (type) {
                case EvaluationEvents.REVIEW_DECIDED,
                        EvaluationEvents.REVIEW_PUBLISHED,
                        EvaluationEvents.REVIEW_CANCELLED -> {
                    EvaluationEvents.ReviewData data =
                            PublishedExamples.assertExactly(file, EvaluationEvents.ReviewData.class);
                    assertNotNull(data.reviewId(), type);
                    assertEquals(type.replace("Review", "").toUpperCase(), data.status(), type);
                }
                case EvaluationEvents.CONFIDENCE_VOTE_RECORDED ->
                    assertNotNull(
                            PublishedExamples.assertExactly(file, EvaluationEvents.ConfidenceVoteData.class)
                                    .results(),
                            type);
                case EvaluationEvents.INSPECTION_CONCLUDED ->
                    assertEquals(
                            "DONE",
                            PublishedExamples.assertExactly(file, EvaluationEvents.InspectionData.class)
                                    .status(),
                            type);
                case EvaluationEvents.SCREENING_DECIDED ->
                    assertEquals(
                            "EXPELLED",
                            PublishedExamples.assertExactly(file, EvaluationEvents.ScreeningData.class)
                                    .outcome(),
                            type);
                case EvaluationEvents.DISCIPLINE_DECIDED ->
                    assertEquals(
                            "REMOVAL_FROM_POST",
                            PublishedExamples.assertExactly(file, EvaluationEvents.DisciplineData.class)
                                    .form(),
                            type);
                case EvaluationEvents.DISCIPLINE_APPEAL_RESOLVED ->
                    assertEquals(
                            "CHANGED",
                            PublishedExamples.assertExactly(file, EvaluationEvents.DisciplineAppealData.class)
                                    .outcome(),
                            type);
                default -> throw new AssertionError("an example for an unknown event type: " + type);
            }
        }
    }
}
