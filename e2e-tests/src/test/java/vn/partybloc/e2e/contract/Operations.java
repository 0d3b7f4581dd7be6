package vn.partybloc.e2e.contract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The operations of the document, and which path template a concrete request path belongs to. */
public final class Operations {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private final List<Operation> all;

    private Operations(List<Operation> all) {
        this.all = all;
    }

    static Operations of(String document) {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Operation> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : root.path("paths").properties()) {
            for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                if (!METHODS.contains(method.getKey())) {
                    continue;
                }
                JsonNode responses = method.getValue().path("responses");
                boolean createsWithLocation = method.getKey().equals("post")
                        && (responses.path("201").path("headers").has("Location")
                                || responses.path("202").path("headers").has("Location"));
                operations.add(new Operation(
                        method.getKey().toUpperCase(),
                        path.getKey(),
                        method.getValue().path("operationId").asText(),
                        createsWithLocation));
            }
        }
        return new Operations(operations);
    }

    public List<Operation> all() {
        return all;
    }

    /** Each POST whose {@code 201} (created) or {@code 202} (job accepted) response declares a {@code Location}. */
    public Set<Operation> creating() {
        return all.stream().filter(Operation::createsWithLocation).collect(Collectors.toSet());
    }

    Optional<Operation> find(String method, String path) {
        // A literal segment beats a parameter: /members/imports is not /members/{id}.
        return all.stream()
                .filter(o -> o.method().equals(method) && o.matches(path))
                .min((a, b) -> Integer.compare(a.parameters(), b.parameters()));
    }

    public record Operation(String method, String template, String id, boolean createsWithLocation) {

        boolean matches(String path) {
            return Pattern.compile(template.replaceAll("\\{[^/]+}", "[^/]+"))
                    .matcher(path)
                    .matches();
        }

        int parameters() {
            return template.split("\\{", -1).length - 1;
        }

        @Override
        public String toString() {
            return method + " " + template + " (" + id + ")";
        }
    }
}
