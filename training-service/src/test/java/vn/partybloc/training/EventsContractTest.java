package vn.partybloc.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.partybloc.training.events.TrainingEvents;

/** The documented example payloads are exactly the shapes training-service publishes, one for every event type. */
class EventsContractTest {

    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final File DIR = new File("../docs/events/training");

    @Test
    void everyEventTypeHasAnExampleWithExactlyThePublishedFields() throws Exception {
        File[] examples = DIR.listFiles((d, name) -> name.endsWith(".json"));
        assertNotNull(examples, "no examples under " + DIR.getAbsolutePath());
        Set<String> documented = Arrays.stream(examples)
                .map(f -> f.getName().replace(".json", ""))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(eventTypes(), documented);
        for (File example : examples) {
            String type = example.getName().replace(".json", "");
            Class<? extends Record> shape = shapeOf(type);
            JsonNode json = JSON.readTree(example);
            Set<String> fields = new TreeSet<>();
            json.fieldNames().forEachRemaining(fields::add);
            assertEquals(
                    Arrays.stream(shape.getRecordComponents())
                            .map(RecordComponent::getName)
                            .collect(Collectors.toCollection(TreeSet::new)),
                    fields,
                    type);
            assertNotNull(JSON.treeToValue(json, shape), type);
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
