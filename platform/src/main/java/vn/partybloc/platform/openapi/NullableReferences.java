package vn.partybloc.platform.openapi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/**
 * Inlines a nullable reference to a scalar component ({@code LocalDate}, {@code Instant}, an enumeration) as that
 * component's own schema plus {@code null}.
 *
 * <p>An OpenAPI 3.0 document cannot put {@code nullable} beside a {@code $ref}, so SmallRye writes
 * {@code {"type":"string","nullable":true,"allOf":[{"$ref":"#/components/schemas/LocalDate"}]}}. By the 3.0.3
 * specification's own reading {@code nullable} does not reach into {@code allOf}: {@code null} fails the referenced
 * schema, and every validator (the services' response checks included) rejects the documented {@code null}. The
 * inlined form, {@code {"type":"string","format":"date","nullable":true}}, means what the field does.
 */
final class NullableReferences {

    private static final String COMPONENTS = "#/components/schemas/";

    private final Map<String, Schema> components;
    private final Set<Schema> visited = Collections.newSetFromMap(new IdentityHashMap<>());

    private NullableReferences(Map<String, Schema> components) {
        this.components = components;
    }

    static void inline(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        NullableReferences references =
                new NullableReferences(openAPI.getComponents().getSchemas());
        openAPI.getComponents().getSchemas().values().forEach(references::visit);
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().values().stream()
                    .flatMap(path -> path.getOperations().values().stream())
                    .flatMap(NullableReferences::schemasOf)
                    .forEach(references::visit);
        }
    }

    private static Stream<Schema> schemasOf(Operation operation) {
        List<Schema> schemas = new ArrayList<>();
        if (operation.getParameters() != null) {
            operation.getParameters().stream()
                    .map(Parameter::getSchema)
                    .filter(Objects::nonNull)
                    .forEach(schemas::add);
        }
        if (operation.getRequestBody() != null) {
            schemas.addAll(schemasOf(operation.getRequestBody().getContent()));
        }
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().values().stream()
                    .map(response -> schemasOf(response.getContent()))
                    .forEach(schemas::addAll);
        }
        return schemas.stream();
    }

    private static Collection<Schema> schemasOf(Content content) {
        if (content == null || content.getMediaTypes() == null) {
            return List.of();
        }
        return content.getMediaTypes().values().stream()
                .map(MediaType::getSchema)
                .filter(Objects::nonNull)
                .toList();
    }

    private void visit(Schema schema) {
        if (schema == null || !visited.add(schema)) {
            return;
        }
        Schema scalar = nullableScalarReference(schema);
        if (scalar != null) {
            inline(schema, scalar);
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(this::visit);
        }
        visit(schema.getItems());
        Stream.of(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())
                .filter(Objects::nonNull)
                .flatMap(List::stream)
                .forEach(this::visit);
        if (schema.getAdditionalPropertiesSchema() != null) {
            visit(schema.getAdditionalPropertiesSchema());
        }
    }

    /**
     * The scalar component a nullable schema refers to. SmallRye's model is OpenAPI 3.1's, {@code "anyOf":[{"$ref":
     * ...},{"type":"null"}]}, which its 3.0 writer turns into the {@code allOf} form.
     */
    private Schema nullableScalarReference(Schema schema) {
        if (schema.getType() == null || !schema.getType().contains(Schema.SchemaType.NULL)) {
            return null;
        }
        String ref = schema.getRef();
        if (ref == null && schema.getAnyOf() != null) {
            List<Schema> alternatives = schema.getAnyOf().stream()
                    .filter(alternative -> !List.of(Schema.SchemaType.NULL).equals(alternative.getType()))
                    .toList();
            if (alternatives.size() == 1 && schema.getAnyOf().size() == 2) {
                ref = alternatives.get(0).getRef();
            }
        }
        if (ref == null || !ref.startsWith(COMPONENTS)) {
            return null;
        }
        Schema target = components.get(ref.substring(COMPONENTS.length()));
        boolean scalar = target != null
                && target.getProperties() == null
                && target.getAllOf() == null
                && target.getItems() == null
                && target.getType() != null
                && !target.getType().contains(Schema.SchemaType.OBJECT)
                && !target.getType().contains(Schema.SchemaType.ARRAY);
        return scalar ? target : null;
    }

    private static void inline(Schema schema, Schema scalar) {
        schema.setRef(null);
        schema.setAnyOf(null);
        scalar.getAll().forEach((name, value) -> {
            if (schema.get(name) == null) {
                schema.set(name, value);
            }
        });
        List<Schema.SchemaType> types = new ArrayList<>(scalar.getType());
        types.add(Schema.SchemaType.NULL);
        schema.setType(types);
        if (scalar.getEnumeration() != null) {
            List<Object> values = new ArrayList<>(scalar.getEnumeration());
            values.add(null);
            schema.setEnumeration(values);
        }
    }
}
