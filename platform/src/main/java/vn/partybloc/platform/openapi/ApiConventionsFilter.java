package vn.partybloc.platform.openapi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import vn.partybloc.kernel.ApiTexts;
import vn.partybloc.platform.web.ReadOnlyPosts;

/**
 * Applies the API conventions to every operation of a service's document, so that no resource has to repeat them:
 * the problem+json answers it can give, the {@code Idempotency-Key} header on POST, the shape of {@code If-Match}, the
 * bearer token every {@code /api/} operation needs, the {@code Location} header of every {@code 201} and {@code 202}, and
 * an {@code operationId} where a shared base resource could not name one. Register with {@code mp.openapi.filter}.
 */
public class ApiConventionsFilter implements OASFilter {

    /** The collections each service keeps for its own context, under {@code /api/v1/<collection>/<context>}. */
    private static final List<String> PER_CONTEXT_COLLECTIONS = List.of("changes", "share-log");

    /** An export family's reads ({@code ExportResourceBase}), named after the family's singular noun. */
    private static final Pattern EXPORT_READS =
            Pattern.compile("/api/v\\d+/([a-z]+(?:-[a-z]+)*)s/exports(/\\{id\\}(/content)?)?");

    /** A context's webhook operations ({@code WebhookResourceBase}): the context, then what follows it. */
    private static final Pattern WEBHOOKS = Pattern.compile("/api/v\\d+/webhooks/([a-z]+)(/.*)?");

    private static final Map<String, String> WEBHOOK_OPERATIONS = Map.of(
            "GET ", "list%sWebhooks",
            "POST ", "create%sWebhook",
            "GET /{id}", "get%sWebhook",
            "DELETE /{id}", "delete%sWebhook",
            "POST /{id}/status-changes", "change%sWebhookStatus",
            "POST /{id}/secret-rotations", "rotate%sWebhookSecret",
            "GET /{id}/deliveries", "list%sWebhookDeliveries",
            "POST /{id}/deliveries/{deliveryId}/redeliveries", "redeliver%sWebhookDelivery");

    /** A context's code lists ({@code CodeListResourceBase}): the context, then a list's name if one. */
    private static final Pattern CODE_LISTS = Pattern.compile("/api/v\\d+/code-lists/([a-z]+)(/\\{name\\})?");

    private static final Map<String, String> COMMON = Map.of(
            "400", "Malformed request, invalid field or unknown property (problem+json with `errors`).",
            "401", "No valid bearer token.",
            "403", "The caller's role or organization scope does not allow this.",
            "406", "The `Accept` header names no type the operation answers.",
            "500", "Unexpected failure; the problem's `detail` names an incident to quote.",
            "503", "Unavailable for a moment (the database cannot be reached); retry after `Retry-After` seconds.");

    private static final Map<String, String> WRITES = Map.of(
            "409",
            "Conflicts with the current state (duplicate code, concurrent change, key in use). With `Retry-After`, a"
                    + " concurrent transaction got in the way and nothing was changed: send the same request again after"
                    + " that many seconds.",
            "412",
            "`If-Match` names a stale version.",
            "415",
            "Unsupported content type.",
            "422",
            "A domain rule is broken; `rule` names it.");

    /** The scheme {@code quarkus.smallrye-openapi.security-scheme-name} names in the platform's configuration. */
    static final String SECURITY_SCHEME = "bearer";

    /** One or more of the ETags the services send (a version number in quotes), or {@code *}. */
    static final String IF_MATCH_PATTERN = "^(\\*|(W/)?\"[0-9]{1,19}\"( *, *(W/)?\"[0-9]{1,19}\")*)$";

    /** The longest UUID {@code UUID.fromString} takes, in its one canonical form. */
    private static final String UUID_PATTERN =
            "^[a-fA-F0-9]{8}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{4}-[a-fA-F0-9]{12}$";

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * The extension that exempts a {@code 201} or {@code 202} from the {@code Location} convention, on an answer that
     * names no one resource (a batch that creates many), with the reason as its value, which stays in the document for
     * readers: {@code @APIResponse(..., extensions = @Extension(name = ApiConventionsFilter.NO_LOCATION, value =
     * "why"))}.
     */
    public static final String NO_LOCATION = "x-partybloc-no-location";

    private static final Map<String, String> LOCATION = Map.of(
            "201", "The URL of the created resource, through the caller's public base URL (the gateway's).",
            "202", "The URL of the accepted job, to follow until it is done, through the caller's public base URL.");

    /**
     * A UUID inside a generic type ({@code List<UUID>}) gets SmallRye's own schema rather than the configured one
     * ({@code mp.openapi.schema.java.util.UUID}): give it the same bounds.
     */
    @Override
    public Schema filterSchema(Schema schema) {
        if ("uuid".equals(schema.getFormat()) && schema.getMaxLength() == null && schema.getRef() == null) {
            schema.minLength(36).maxLength(36).pattern(UUID_PATTERN);
        }
        return schema;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        NullableReferences.inline(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> path :
                openAPI.getPaths().getPathItems().entrySet()) {
            boolean hasId = path.getKey().contains("{");
            for (Map.Entry<PathItem.HttpMethod, Operation> op :
                    path.getValue().getOperations().entrySet()) {
                APIResponses responses = op.getValue().getResponses();
                if (responses == null) {
                    responses = OASFactory.createAPIResponses();
                    op.getValue().setResponses(responses);
                }
                if (path.getKey().startsWith("/api/")) {
                    requireToken(op.getValue());
                }
                describeIfMatch(op.getValue());
                exampleFilesAsText(op.getValue());
                if (op.getValue().getOperationId() == null) {
                    op.getValue().setOperationId(operationId(op.getKey(), path.getKey()));
                }
                if (op.getKey() == PathItem.HttpMethod.POST && !readOnly(op.getValue())) {
                    op.getValue()
                            .addParameter(OASFactory.createParameter()
                                    .name("Idempotency-Key")
                                    .in(Parameter.In.HEADER)
                                    .required(false)
                                    .description(
                                            "Unique key of this request (e.g. a UUID): a retry with the same key and body answers "
                                                    + "the first response again instead of repeating the effect.")
                                    .schema(OASFactory.createSchema()
                                            .addType(Schema.SchemaType.STRING)
                                            .maxLength(200)));
                }
                declareLocation(responses);
                addAll(responses, COMMON);
                // A write may also name an unknown id in its body (the member of an enrolment, the parent of a
                // founding).
                if (hasId || namesAnIdInItsQuery(op.getValue()) || op.getKey() != PathItem.HttpMethod.GET) {
                    add(responses, "404", "Unknown id, or not visible to the caller.");
                }
                if (op.getKey() != PathItem.HttpMethod.GET) {
                    addAll(responses, WRITES);
                }
                if (op.getValue().getRequestBody() != null) {
                    add(responses, "413", "The request body is larger than the service accepts; refused unread.");
                }
                declareContentLanguage(responses);
                inStatusOrder(responses);
            }
        }
    }

    /** SmallRye lists an operation's answers in no fixed order; a stable document diffs only where it changed. */
    private static void inStatusOrder(APIResponses responses) {
        responses.setAPIResponses(new LinkedHashMap<>(new TreeMap<>(responses.getAPIResponses())));
    }

    /** A POST that changes nothing ({@link ReadOnlyPosts}): no {@code Idempotency-Key} to declare. */
    private static boolean readOnly(Operation operation) {
        Map<String, Object> extensions = operation.getExtensions();
        return extensions != null && "true".equals(String.valueOf(extensions.get(ReadOnlyPosts.EXTENSION)));
    }

    /**
     * An id in the query (the root of a subtree, a filter by organization) may be unknown or outside the caller's
     * scope, which answers 404 as for an id in the path.
     */
    private static boolean namesAnIdInItsQuery(Operation operation) {
        return operation.getParameters() != null
                && operation.getParameters().stream()
                        .anyMatch(parameter -> parameter.getIn() == Parameter.In.QUERY
                                && parameter.getName() != null
                                && parameter.getName().endsWith("Id"));
    }

    /** {@code GET /api/v1/changes/organizations} → {@code getOrganizationsChanges}. */
    static String operationId(PathItem.HttpMethod method, String path) {
        Matcher exportRead = EXPORT_READS.matcher(path);
        if (method == PathItem.HttpMethod.GET && exportRead.matches()) {
            String noun = pascalCase(exportRead.group(1));
            if (exportRead.group(2) == null) {
                return "list" + noun + "Exports";
            }
            return "get" + noun + "Export" + (exportRead.group(3) == null ? "" : "Content");
        }
        Matcher webhook = WEBHOOKS.matcher(path);
        if (webhook.matches()) {
            String rest = webhook.group(2) == null ? "" : webhook.group(2);
            String template = WEBHOOK_OPERATIONS.get(method.name() + " " + rest);
            if (template != null) {
                return template.formatted(pascalCase(webhook.group(1)));
            }
        }
        Matcher codeLists = CODE_LISTS.matcher(path);
        if (method == PathItem.HttpMethod.GET && codeLists.matches()) {
            String context = pascalCase(codeLists.group(1));
            return codeLists.group(2) == null ? "list" + context + "CodeLists" : "get" + context + "CodeList";
        }
        StringBuilder id = new StringBuilder(method.name().toLowerCase());
        for (String segment : contextFirst(path).split("/")) {
            if (segment.isEmpty() || segment.startsWith("{") || segment.equals("api") || segment.matches("v\\d+")) {
                continue;
            }
            id.append(pascalCase(segment));
        }
        return id.toString();
    }

    /**
     * A collection every service keeps for its own context is named after the context first: {@code
     * /api/v1/share-log/members/report} as {@code members/share-log/report}.
     */
    private static String contextFirst(String path) {
        for (String collection : PER_CONTEXT_COLLECTIONS) {
            String prefix = "/api/v1/" + collection + "/";
            if (path.startsWith(prefix)) {
                String rest = path.substring(prefix.length());
                int slash = rest.indexOf('/');
                return slash < 0
                        ? rest + "/" + collection
                        : rest.substring(0, slash) + "/" + collection + rest.substring(slash);
            }
        }
        return path;
    }

    /** {@code training-record} → {@code TrainingRecord}. */
    private static String pascalCase(String words) {
        StringBuilder pascal = new StringBuilder();
        for (String word : words.split("-")) {
            if (!word.isEmpty()) {
                pascal.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
            }
        }
        return pascal.toString();
    }

    /**
     * Every {@code /api/} operation needs a token. SmallRye derives the requirement from {@code @RolesAllowed}, but not
     * on a method inherited from a base class in another jar (the changes feeds' {@code ChangesResourceBase}).
     */
    private static void requireToken(Operation operation) {
        if (operation.getSecurity() == null || operation.getSecurity().isEmpty()) {
            operation.addSecurityRequirement(
                    OASFactory.createSecurityRequirement().addScheme(SECURITY_SCHEME));
        }
    }

    /**
     * A {@code 201} names what it created and a {@code 202} the job it accepted in {@code Location}. Declared required,
     * so that the services' tests, which check every answer against the document, fail on a resource that omits it.
     */
    private static void declareLocation(APIResponses responses) {
        LOCATION.forEach((code, description) -> {
            APIResponse response = responses.getAPIResponse(code);
            boolean exempt = response != null
                    && response.getExtensions() != null
                    && response.getExtensions().containsKey(NO_LOCATION);
            boolean declared = response != null
                    && response.getHeaders() != null
                    && response.getHeaders().containsKey("Location");
            if (response != null && !exempt && !declared) {
                response.addHeader(
                        "Location",
                        OASFactory.createHeader()
                                .description(description)
                                .required(true)
                                .schema(OASFactory.createSchema()
                                        .addType(Schema.SchemaType.STRING)
                                        .format("uri")
                                        .maxLength(2000)));
            }
        });
    }

    /** Every problem answer says in which language its texts are, as chosen from {@code Accept-Language}. */
    private static void declareContentLanguage(APIResponses responses) {
        responses.getAPIResponses().values().stream()
                .filter(response -> response.getContent() != null
                        && response.getContent().getMediaType("application/problem+json") != null)
                .filter(response ->
                        response.getHeaders() == null || !response.getHeaders().containsKey("Content-Language"))
                .forEach(response -> response.addHeader(
                        "Content-Language",
                        OASFactory.createHeader()
                                .description(ApiTexts.PROBLEM_CONTENT_LANGUAGE)
                                .required(true)
                                .schema(OASFactory.createSchema()
                                        .addType(Schema.SchemaType.STRING)
                                        .addEnumeration("en")
                                        .addEnumeration("vi"))));
    }

    /** Resources declare {@code If-Match} as a bare string; give it the shape {@code ETags} compares. */
    private static void describeIfMatch(Operation operation) {
        if (operation.getParameters() == null) {
            return;
        }
        for (Parameter parameter : operation.getParameters()) {
            if (parameter.getIn() == Parameter.In.HEADER
                    && "If-Match".equalsIgnoreCase(parameter.getName())
                    && parameter.getSchema() != null) {
                parameter.getSchema().maxLength(200).pattern(IF_MATCH_PATTERN);
                if (parameter.getDescription() == null) {
                    parameter.description("The `ETag` of the version this write expects; otherwise `412`.");
                }
            }
        }
    }

    /**
     * SmallRye parses an example that looks like JSON, so an NDJSON file's example (a line of JSON) would become an
     * object where the body's schema is a string: put it back as the text of the file.
     */
    private static void exampleFilesAsText(Operation operation) {
        if (operation.getRequestBody() == null || operation.getRequestBody().getContent() == null) {
            return;
        }
        for (MediaType media :
                operation.getRequestBody().getContent().getMediaTypes().values()) {
            Schema schema = media.getSchema();
            Object example = media.getExample();
            boolean text = schema != null
                    && schema.getType() != null
                    && schema.getType().contains(Schema.SchemaType.STRING);
            if (text && example != null && !(example instanceof String)) {
                try {
                    media.setExample(JSON.writeValueAsString(example) + "\n");
                } catch (JsonProcessingException e) {
                    throw new IllegalStateException("Example of a text body cannot be written", e);
                }
            }
        }
    }

    private static void addAll(APIResponses responses, Map<String, String> codes) {
        codes.forEach((code, description) -> add(responses, code, description));
    }

    /**
     * Adds the error answer, or gives the problem body to one declared without content: SmallRye adds bare 400 (for
     * {@code @Valid}) and 401/403 (for {@code @RolesAllowed}) answers before this filter runs.
     */
    private static void add(APIResponses responses, String code, String description) {
        APIResponse existing = responses.getAPIResponse(code);
        if (existing != null && existing.getContent() != null) {
            return;
        }
        Schema problem = OASFactory.createSchema().ref("#/components/schemas/Problem");
        Content content = OASFactory.createContent()
                .addMediaType(
                        "application/problem+json", OASFactory.createMediaType().schema(problem));
        if (existing != null) {
            existing.content(content);
            return;
        }
        responses.addAPIResponse(
                code, OASFactory.createAPIResponse().description(description).content(content));
    }
}
