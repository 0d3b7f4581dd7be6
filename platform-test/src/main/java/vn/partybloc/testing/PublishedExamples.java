package vn.partybloc.testing;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.File;
import java.io.IOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The documented example payloads of a context's events ({@code docs/events/<context>/<EventType>.json}), checked
 * against the payload types the producer publishes, both ways: an example parses strictly as its payload type (no field
 * the type lacks), and that value, written back as the outbox writes it, is the example again (no field the example
 * lacks, nested ones included, and the same values). A field renamed, added or dropped on either side fails.
 */
public final class PublishedExamples {

    /** Reads as strictly as the services' own JSON, writes as the outbox does (dates as ISO text). */
    private static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** Numbers compare by value: an example's {@code 5} is a long field's {@code 5}. */
    private static final Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue());
        }
        return a.equals(b) ? 0 : 1;
    };

    private PublishedExamples() {}

    /** The examples of one context's events by event type, read from the repository's {@code docs/events}. */
    public static Map<String, File> of(String context) {
        File dir = new File("../docs/events/" + context);
        File[] files = dir.listFiles((d, name) -> name.endsWith(".json"));
        assertNotNull(files, "no examples under " + dir.getAbsolutePath());
        Map<String, File> examples = new TreeMap<>();
        Arrays.stream(files).forEach(file -> examples.put(file.getName().replace(".json", ""), file));
        return examples;
    }

    /**
     * Fails unless {@code example} is exactly a published {@code payload}: parsed strictly, and written back as the
     * same JSON. Answers the parsed value for further checks.
     */
    public static <T> T assertExactly(File example, Class<T> payload) throws IOException {
        JsonNode documented = JSON.readTree(example);
        T value = JSON.treeToValue(documented, payload);
        JsonNode published = JSON.valueToTree(value);
        assertTrue(
                documented.equals(NUMBERS_BY_VALUE, published),
                example.getName() + " is not what " + payload.getSimpleName() + " publishes:\n  documented "
                        + documented + "\n  published  " + published);
        return value;
    }
}
