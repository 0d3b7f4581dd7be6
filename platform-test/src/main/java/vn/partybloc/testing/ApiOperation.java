package vn.partybloc.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** One operation of an OpenAPI document: its path template, its method and its specification. */
record ApiOperation(String path, String method, JsonNode spec) {

    static List<ApiOperation> all(JsonNode api) {
        List<ApiOperation> operations = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = api.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Iterator<Map.Entry<String, JsonNode>> methods = path.getValue().fields();
            while (methods.hasNext()) {
                Map.Entry<String, JsonNode> method = methods.next();
                if (List.of("get", "post", "put", "patch", "delete").contains(method.getKey())) {
                    operations.add(new ApiOperation(path.getKey(), method.getKey(), method.getValue()));
                }
            }
        }
        return operations;
    }

    /** How tests name the operation, e.g. {@code POST /api/v1/courses/{id}/enrollments}. */
    String key() {
        return method.toUpperCase() + " " + path;
    }

    /** Neither parameters nor a body (a fixed read such as a rule's terms): nothing a client sends can be bad. */
    boolean takesNoInput() {
        return spec.path("parameters").isEmpty() && spec.path("requestBody").isMissingNode();
    }

    /**
     * What a client of the document accepts: the media types of the operation's successful answers (JSON, or e.g. an
     * export's NDJSON) and problems.
     */
    String accept() {
        java.util.Set<String> types = new java.util.LinkedHashSet<>();
        spec.path("responses").properties().forEach(response -> {
            if (response.getKey().startsWith("2")) {
                response.getValue().path("content").fieldNames().forEachRemaining(types::add);
            }
        });
        if (types.isEmpty()) {
            types.add("application/json");
        }
        types.add("application/problem+json");
        return String.join(", ", types);
    }

    boolean reads() {
        return method.equals("get");
    }
}
