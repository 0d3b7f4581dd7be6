package vn.partybloc.gateway;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The contract guard: the merged OpenAPI document that the build writes (and the generated clients use) must equal
 * the committed baseline, field for field, so that no refactoring changes a path, a field, a schema name or a
 * constraint unnoticed. A change meant to alter the contract copies the new document over the baseline in the same
 * commit: {@code cp gateway/target/openapi/merged-openapi.json
 * gateway/src/test/resources/openapi/merged-openapi.baseline.json}.
 */
class MergedOpenApiBaselineIT {

    private static final int MAX_LISTED = 40;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void mergedDocumentEqualsTheCommittedBaseline() throws IOException {
        JsonNode actual = json.readTree(new File(System.getProperty("partybloc.merged-openapi")));
        JsonNode baseline = json.readTree(new File(System.getProperty("partybloc.merged-openapi.baseline")));
        List<String> differences = new ArrayList<>();
        compare("", baseline, actual, differences);
        if (!differences.isEmpty()) {
            fail(differences.size() + " difference(s) from the committed baseline (first " + MAX_LISTED + "):\n"
                    + String.join("\n", differences.subList(0, Math.min(MAX_LISTED, differences.size()))));
        }
    }

    /** Collects the JSON pointers where the two documents differ, object keys in any order. */
    private static void compare(String pointer, JsonNode expected, JsonNode actual, List<String> differences) {
        if (expected.isObject() && actual.isObject()) {
            TreeSet<String> keys = new TreeSet<>();
            expected.fieldNames().forEachRemaining(keys::add);
            actual.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                String child = pointer + "/" + key.replace("~", "~0").replace("/", "~1");
                if (!actual.has(key)) {
                    differences.add("removed " + child);
                } else if (!expected.has(key)) {
                    differences.add("added   " + child);
                } else {
                    compare(child, expected.get(key), actual.get(key), differences);
                }
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            Iterator<JsonNode> e = expected.elements();
            Iterator<JsonNode> a = actual.elements();
            for (int i = 0; e.hasNext(); i++) {
                compare(pointer + "/" + i, e.next(), a.next(), differences);
            }
        } else if (!expected.equals(actual)) {
            differences.add("changed " + pointer + ": " + abbreviate(expected) + " -> " + abbreviate(actual));
        }
    }

    private static String abbreviate(JsonNode node) {
        String text = node.toString();
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }
}
