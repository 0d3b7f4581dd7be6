package vn.partybloc.gateway;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedSchema;

/**
 * The fields of success responses that an openapi-diff result removes. openapi-diff counts a removed response field
 * as breaking only when the schema lists it as {@code required}, and the services' response schemas list almost none;
 * a client that reads the field breaks all the same (a generated TypeScript client stops compiling), so the
 * compatibility guard counts these too.
 */
final class RemovedResponseFields {

    private RemovedResponseFields() {}

    /** One line per operation, status and field, e.g. {@code GET /api/v1/organizations 200: items[].hostUnit.name}. */
    static List<String> in(ChangedOpenApi diff) {
        Set<String> removed = new LinkedHashSet<>();
        for (ChangedOperation operation : diff.getChangedOperations()) {
            ChangedApiResponse responses = operation.getApiResponses();
            if (responses == null) {
                continue;
            }
            responses.getChanged().forEach((status, response) -> {
                if (status.startsWith("2") && response.getContent() != null) {
                    String where = operation.getHttpMethod() + " " + operation.getPathUrl() + " " + status + ": ";
                    response.getContent()
                            .getChanged()
                            .values()
                            .forEach(media -> collect(where, "", media.getSchema(), removed));
                }
            });
        }
        return new ArrayList<>(removed);
    }

    private static void collect(String where, String prefix, ChangedSchema schema, Set<String> removed) {
        if (schema == null) {
            return;
        }
        schema.getMissingProperties().keySet().forEach(name -> removed.add(where + prefix + name));
        schema.getChangedProperties().forEach((name, changed) -> collect(where, prefix + name + ".", changed, removed));
        String list = prefix.endsWith(".") ? prefix.substring(0, prefix.length() - 1) : prefix;
        collect(where, list + "[].", schema.getItems(), removed);
    }
}
