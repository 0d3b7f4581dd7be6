package vn.partybloc.evaluation.rest;

import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import vn.partybloc.platform.openapi.ApiConventionsFilter;

/**
 * The platform's conventions, plus one repair: SmallRye adds its own 400 (for {@code @Valid}) and 401/403 (for
 * {@code @RolesAllowed}) answers without a body before the platform filter runs, and that filter keeps answers that
 * exist. Here those bare answers get the problem+json body they really have, so generated clients can parse them.
 */
public class ProblemResponsesFilter extends ApiConventionsFilter {

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "400", "Malformed request, invalid field or unknown property (problem+json with `errors`).",
            "401", "No valid bearer token.",
            "403", "The caller's role or organization scope does not allow this.");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        super.filterOpenAPI(openAPI);
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(path -> path.getOperations().values().forEach(op -> {
            if (op.getResponses() == null) {
                return;
            }
            DESCRIPTIONS.forEach((code, description) -> {
                APIResponse response = op.getResponses().getAPIResponse(code);
                if (response != null && response.getContent() == null) {
                    response.description(description).content(OASFactory.createContent().addMediaType("application/problem+json",
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref("#/components/schemas/Problem"))));
                }
            });
        }));
    }
}
