package vn.partybloc.organization.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.partybloc.kernel.Roles;
import vn.partybloc.organization.domain.FoundingBatchService;
import vn.partybloc.platform.openapi.ApiConventionsFilter;

@Path("/api/v1/organizations/batch")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER})
public class FoundingBatchResource {

    private final FoundingBatchService batch;

    public FoundingBatchResource(FoundingBatchService batch) {
        this.batch = batch;
    }

    @POST
    @Operation(
            operationId = "foundOrganizationsInBatch",
            summary = "Found many organizations at once",
            description =
                    "For a tree taken over from elsewhere (a province's organizations, the demo data): up to 1,000 "
                            + "foundings, each under a parent that exists before the batch (send a tree level by level), "
                            + "each recorded as one `POST /organizations` would record it: its FOUND change with its "
                            + "decision and its OrganizationFounded event. All or nothing: if any item is refused, nothing "
                            + "is recorded and the 422 (`ORG-BATCH`) lists every bad item in `errors` (`items[i]`, with "
                            + "the rule id, or `CONFLICT` for a code already taken or given twice). Supports "
                            + "`Idempotency-Key`.")
    @APIResponse(
            responseCode = "201",
            description = "Every item founded.",
            content = @Content(schema = @Schema(implementation = FoundOrganizationsResponse.class)),
            extensions =
                    @Extension(
                            name = ApiConventionsFilter.NO_LOCATION,
                            value = "One organization per item is founded and no one URL names them all: each "
                                    + "item of the answer has its id, read it with GET /organizations/{id}."))
    public RestResponse<FoundOrganizationsResponse> found(@NotNull @Valid FoundOrganizationsRequest request) {
        var founded = batch.foundAll(request.items().stream()
                .map(item -> new FoundingBatchService.Founding(
                        item.organization().toDomain(), item.decision().toDomain()))
                .toList());
        return RestResponse.ResponseBuilder.<FoundOrganizationsResponse>create(RestResponse.Status.CREATED)
                .entity(new FoundOrganizationsResponse(
                        founded.stream().map(OrganizationResponse::from).toList()))
                .build();
    }
}
