package vn.partybloc.gateway.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;
import vn.partybloc.kernel.ApiTexts;

/**
 * Merges the gateway's own OpenAPI document with the services' into one. Paths are unique per service by design; a
 * component that two services define differently is renamed with the service's name and its references rewritten,
 * so nothing clashes. Used live by the gateway and at build time by {@link MergedOpenApiWriter}.
 */
public final class OpenApiDocuments {

    private static final Logger LOG = Logger.getLogger(OpenApiDocuments.class);
    private static final List<String> COMPONENT_KINDS =
            List.of("schemas", "parameters", "responses", "requestBodies", "headers", "examples", "links", "callbacks");

    private static final String TOKEN_CHECKS = "The gateway and each service check it as RFC8725 advises: signature "
            + "against the realm's published keys (never `none`), issuer, audience `partybloc-api` and expiry.";
    private static final String PROBLEM = "#/components/schemas/Problem";

    private final ObjectMapper json;

    public OpenApiDocuments(ObjectMapper json) {
        this.json = json;
    }

    /** {@code services} maps a service name to its document, or to null when it could not be read. */
    public ObjectNode merge(ObjectNode own, Map<String, ObjectNode> services, Optional<URI> issuer) {
        ObjectNode merged = own.deepCopy();
        merged.putObject("info")
                .put("title", "Party Bloc API")
                .put("version", "1.0")
                .put(
                        "description",
                        "Every service of the Party Bloc system behind the gateway. Errors are RFC 9457 problems.");
        merged.putArray("servers")
                .addObject()
                .put("url", "/")
                .put("description", "this gateway, the one entry point in every environment (local, test, production)")
                .put("x-internal", false);
        List<String> missing = new ArrayList<>();
        services.forEach((name, service) -> {
            if (service == null) {
                missing.add(name);
            } else {
                mergeInto(merged, service, name);
            }
        });
        OverviewSchemas.type(merged);
        typeCodeLists(merged);
        securitySchemes(merged, issuer);
        edgeAnswers(merged);
        if (!missing.isEmpty()) {
            ArrayNode list = merged.putArray("x-partybloc-unavailable-services");
            missing.forEach(list::add);
        }
        return merged;
    }

    /**
     * The gateway passes each service's code lists through as they are; once the services' documents are merged,
     * {@code AllCodeLists.lists} is typed with their {@code CodeList} schema.
     */
    private static void typeCodeLists(ObjectNode merged) {
        JsonNode schemas = merged.path("components").path("schemas");
        if (schemas.has("CodeList")
                && schemas.path("AllCodeLists").path("properties").path("lists") instanceof ObjectNode lists) {
            lists.putObject("items").put("$ref", "#/components/schemas/CodeList");
        }
    }

    void mergeInto(ObjectNode merged, ObjectNode service, String serviceName) {
        ObjectNode components = merged.with("components");
        service = renameClashingComponents(components, service, serviceName);
        ObjectNode paths = merged.with("paths");
        service.path("paths").fields().forEachRemaining(path -> {
            if (paths.has(path.getKey())) {
                LOG.warnf(
                        "Path %s of %s is already served by another service; the first one is kept",
                        path.getKey(), serviceName);
            } else {
                paths.set(path.getKey(), path.getValue());
            }
        });
        for (String kind : COMPONENT_KINDS) {
            JsonNode incoming = service.path("components").path(kind);
            if (incoming.isObject()) {
                ObjectNode target = components.with(kind);
                incoming.fields().forEachRemaining(c -> target.set(c.getKey(), c.getValue()));
            }
        }
        ArrayNode tags = merged.withArray("tags");
        Set<String> known = new HashSet<>();
        tags.forEach(t -> known.add(t.path("name").asText()));
        service.path("tags").forEach(t -> {
            if (known.add(t.path("name").asText())) {
                tags.add(t);
            }
        });
    }

    /** Components defined differently by an earlier service get this service's prefix, references included. */
    private ObjectNode renameClashingComponents(ObjectNode existing, ObjectNode service, String serviceName) {
        String prefix = Character.toUpperCase(serviceName.charAt(0)) + serviceName.substring(1);
        List<String[]> clashes = new ArrayList<>();
        for (String kind : COMPONENT_KINDS) {
            JsonNode incoming = service.path("components").path(kind);
            JsonNode present = existing.path(kind);
            for (Iterator<String> names = incoming.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (present.has(name) && !present.get(name).equals(incoming.get(name))) {
                    clashes.add(new String[] {kind, name});
                }
            }
        }
        if (clashes.isEmpty()) {
            return service;
        }
        String text = service.toString();
        for (String[] clash : clashes) {
            text = text.replace(
                    "\"#/components/" + clash[0] + "/" + clash[1] + "\"",
                    "\"#/components/" + clash[0] + "/" + prefix + clash[1] + "\"");
        }
        try {
            ObjectNode rewritten = (ObjectNode) json.readTree(text);
            for (String[] clash : clashes) {
                ObjectNode components =
                        (ObjectNode) rewritten.path("components").path(clash[0]);
                components.set(prefix + clash[1], components.remove(clash[1]));
                LOG.infof(
                        "%s's %s %s differs from another service's: published as %s",
                        serviceName, clash[0], clash[1], prefix + clash[1]);
            }
            return rewritten;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void securitySchemes(ObjectNode merged, Optional<URI> issuer) {
        ObjectNode schemes = merged.with("components").putObject("securitySchemes");
        schemes.putObject("bearer")
                .put("type", "http")
                .put("scheme", "bearer")
                .put("bearerFormat", "JWT")
                .put("description", "An access token (JWT) from the Keycloak realm `partybloc`. " + TOKEN_CHECKS);
        issuer.ifPresent(iss -> {
            String base = iss.toString().replaceAll("/$", "") + "/protocol/openid-connect";
            ObjectNode flow = schemes.putObject("keycloak")
                    .put("type", "oauth2")
                    .put(
                            "description",
                            "Log in through Keycloak (authorization code with PKCE). Access tokens live 5 minutes and are "
                                    + "renewed with the refresh token. " + TOKEN_CHECKS)
                    .putObject("flows")
                    .putObject("authorizationCode")
                    .put("authorizationUrl", base + "/auth")
                    .put("tokenUrl", base + "/token")
                    .put("refreshUrl", base + "/token");
            flow.putObject("scopes");
            // Either a pasted bearer token or a Keycloak login satisfies every operation (Swagger UI offers both).
            merged.path("paths")
                    .forEach(path -> path.forEach(operation -> {
                        JsonNode security = operation.path("security");
                        if (security.isArray() && !security.isEmpty()) {
                            ((ArrayNode) security).addObject().putArray("keycloak");
                        }
                    }));
        });
    }

    /**
     * What the gateway itself may answer on every {@code /api/} operation: {@code 429} with {@code Retry-After} from the
     * rate limiter, {@code 502}, {@code 503} with {@code Retry-After} and {@code 504} when the service behind it fails. Every error answer of the system is problem+json, so one the
     * gateway's own resources declare without a body gets the problem schema, and each its {@code Content-Language}.
     */
    private static void edgeAnswers(ObjectNode merged) {
        if (!merged.path("components").path("schemas").has("Problem")) {
            return;
        }
        merged.path("paths").fields().forEachRemaining(path -> {
            if (!path.getKey().startsWith("/api/")) {
                return;
            }
            path.getValue().forEach(operation -> {
                if (!operation.path("responses").isObject()) {
                    return;
                }
                ObjectNode responses = (ObjectNode) operation.get("responses");
                if (!responses.has("429")) {
                    ObjectNode tooMany = responses
                            .putObject("429")
                            .put(
                                    "description",
                                    "Too many requests from this client; retry after `Retry-After` seconds.");
                    tooMany.putObject("headers")
                            .putObject("Retry-After")
                            .put("description", "Seconds until the client's rate limit lets a request through again.")
                            .putObject("schema")
                            .put("type", "integer")
                            .put("format", "int64");
                    problemContent(tooMany);
                }
                if (!responses.has("502")) {
                    responses.putObject("502").put("description", "The service behind the gateway cannot be reached.");
                }
                if (!responses.has("504")) {
                    responses
                            .putObject("504")
                            .put("description", "The service behind the gateway did not answer in time.");
                }
                ObjectNode unavailable =
                        responses.has("503") ? (ObjectNode) responses.get("503") : responses.putObject("503");
                unavailable.put(
                        "description",
                        "Unavailable for a moment: the service behind the gateway (its circuit is open), its database, or "
                                + "the register a secretary is checked against; retry after `Retry-After` seconds.");
                ObjectNode unavailableHeaders = unavailable.has("headers")
                        ? (ObjectNode) unavailable.get("headers")
                        : unavailable.putObject("headers");
                unavailableHeaders
                        .putObject("Retry-After")
                        .put("description", "Seconds to wait before trying again.")
                        .putObject("schema")
                        .put("type", "integer")
                        .put("format", "int64");
                responses.fields().forEachRemaining(response -> {
                    boolean error = response.getKey().startsWith("4")
                            || response.getKey().startsWith("5");
                    if (error && !response.getValue().has("content")) {
                        problemContent((ObjectNode) response.getValue());
                    }
                    if (error && !response.getValue().path("headers").has("Content-Language")) {
                        contentLanguage((ObjectNode) response.getValue());
                    }
                });
            });
        });
    }

    /** The services' problem answers declare it through the platform's filter; the gateway's own get it here. */
    private static void contentLanguage(ObjectNode response) {
        ObjectNode headers =
                response.has("headers") ? (ObjectNode) response.get("headers") : response.putObject("headers");
        ObjectNode header = headers.putObject("Content-Language")
                .put("description", ApiTexts.PROBLEM_CONTENT_LANGUAGE)
                .put("required", true);
        header.putObject("schema")
                .put("type", "string")
                .putArray("enum")
                .add("en")
                .add("vi");
    }

    private static void problemContent(ObjectNode response) {
        response.putObject("content")
                .putObject("application/problem+json")
                .putObject("schema")
                .put("$ref", PROBLEM);
    }
}
