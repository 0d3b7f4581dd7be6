package vn.partybloc.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import vn.partybloc.gateway.reports.OverviewService;

/**
 * Types the overview's sections in the merged document. The gateway passes each service's answer through as the
 * section's {@code data}, so its own document can only call it an object; once the services' documents are merged,
 * each section gets a schema of its own whose {@code data} is the schema of the operation the gateway asks
 * ({@code OverviewMembersSection.data} is {@code MemberStatistics}), and a generated client gets real types. The period
 * report's sections are typed the same way ({@code PeriodReportPositionsFilledSection.data} is {@code PositionsFilled}).
 */
final class OverviewSchemas {

    private static final String SCHEMAS = "#/components/schemas/";

    private OverviewSchemas() {}

    static void type(ObjectNode merged) {
        JsonNode schemas = merged.path("components").path("schemas");
        if (!(schemas.path("OverviewSection") instanceof ObjectNode section)) {
            return;
        }
        type(merged, "Overview", "overview", OverviewService.sectionSources(), section);
        type(merged, "PeriodReport", "period report", OverviewService.periodSectionSources(), section);
        // Every section now has a schema of its own: the generic one would be an unused component.
        ((ObjectNode) schemas).remove("OverviewSection");
    }

    private static void type(
            ObjectNode merged, String report, String title, Map<String, String> sources, ObjectNode section) {
        JsonNode schemas = merged.path("components").path("schemas");
        if (!(schemas.path(report).path("properties").path("sections") instanceof ObjectNode sections)) {
            return;
        }
        ObjectNode named = sections.objectNode();
        ArrayNode required = sections.arrayNode();
        for (Map.Entry<String, String> source : sources.entrySet()) {
            String name = report + capitalized(source.getKey()) + "Section";
            ObjectNode typed = section.deepCopy();
            typed.put("description", "The " + source.getKey() + " part of the " + title + ".");
            String data = successSchemaRef(merged.path("paths"), source.getValue());
            if (data != null) {
                ObjectNode property = typed.with("properties").putObject("data");
                property.put(
                        "description", "The service's answer to `GET " + source.getValue() + "`, when it answered.");
                property.putArray("allOf").addObject().put("$ref", data);
            }
            ((ObjectNode) schemas).set(name, typed);
            named.putObject(source.getKey()).put("$ref", SCHEMAS + name);
            required.add(source.getKey());
        }
        sections.remove("additionalProperties");
        sections.set("properties", named);
        sections.set("required", required);
    }

    /** The {@code $ref} of the JSON 200 answer of {@code GET template}, path parameters matched whatever their name. */
    private static String successSchemaRef(JsonNode paths, String template) {
        String shape = template.replaceAll("\\{[^}]+}", "{}");
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> path = it.next();
            if (path.getKey().replaceAll("\\{[^}]+}", "{}").equals(shape)) {
                JsonNode ref = path.getValue()
                        .path("get")
                        .path("responses")
                        .path("200")
                        .path("content")
                        .path("application/json")
                        .path("schema")
                        .path("$ref");
                return ref.isTextual() ? ref.asText() : null;
            }
        }
        return null;
    }

    private static String capitalized(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
