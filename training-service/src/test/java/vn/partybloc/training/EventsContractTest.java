package vn.partybloc.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.PublishedExamples;
import vn.partybloc.training.events.TrainingEvents;

/** The documented example payloads are exactly the shapes training-service publishes, one for every event type. */
class EventsContractTest {

    @Test
    void everyEventTypeHasAnExampleThatIsExactlyThePublishedPayload() throws Exception {
        Map<String, File> examples = PublishedExamples.of("training");
        assertEquals(eventTypes(), examples.keySet());
        for (Map.Entry<String, File> example : examples.entrySet()) {
            assertNotNull(
                    PublishedExamples.assertExactly(example.getValue(), shapeOf(example.getKey())), example.getKey());
        }
    }

    private static Class<? extends Record> shapeOf(String type) {
        if (type.startsWith("Course")) {
            return TrainingEvents.CourseData.class;
        }
        if (type.startsWith("TrainingObligation")) {
            return TrainingEvents.ObligationData.class;
        }
        if (type.startsWith("Contest")) {
            return TrainingEvents.ContestData.class;
        }
        return TrainingEvents.EnrollmentData.class;
    }

    private static Set<String> eventTypes() throws IllegalAccessException {
        Set<String> types = new TreeSet<>();
        for (Field f : TrainingEvents.class.getFields()) {
            if (Modifier.isStatic(f.getModifiers())
                    && f.getType() == String.class
                    && !f.getName().equals("TOPIC")) {
                types.add((String) f.get(null));
            }
        }
        return types;
    }
}
