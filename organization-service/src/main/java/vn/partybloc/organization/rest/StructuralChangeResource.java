package vn.partybloc.organization.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.partybloc.kernel.Roles;
import vn.partybloc.organization.domain.Organization;
import vn.partybloc.organization.domain.OrganizationService;

/** Structural changes as commands, each recorded with its decision (see {@code /history}). */
@Path("/api/v1/organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Structural changes",
        description = "Transfers, splits, merges and dissolutions, each recorded with its decision.")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER})
public class StructuralChangeResource {

    private final OrganizationService service;

    public StructuralChangeResource(OrganizationService service) {
        this.service = service;
    }

    @POST
    @Path("/{id}/transfers")
    @Operation(
            operationId = "moveOrganization",
            summary = "Transfer an organization within the Bloc",
            description =
                    "Moves it, with its whole subtree, under another active parent of an allowed type. Refused if the new "
                            + "parent lies inside the organization's own subtree.")
    public RestResponse<OrganizationResponse> move(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid MoveRequest request) {
        Organization org = service.move(
                id, ifMatch, request.newParentId(), request.decision().toDomain());
        return OrganizationResource.ok(org);
    }

    @POST
    @Path("/{id}/transfers-out")
    @Operation(
            operationId = "transferOrganizationOut",
            summary = "Transfer an organization out of the Bloc",
            description =
                    "Hands it, with its subtree, to a superior outside the Bloc; they all become TRANSFERRED_OUT.")
    public RestResponse<OrganizationResponse> transferOut(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid TransferOutRequest request) {
        Organization org = service.transferOut(
                id, ifMatch, request.destination().strip(), request.decision().toDomain());
        return OrganizationResource.ok(org);
    }

    @POST
    @Path("/{id}/splits")
    @Operation(
            operationId = "splitOrganization",
            summary = "Split an organization into several",
            description =
                    "The source (without active children) becomes SPLIT; the new organizations are founded under its parent. "
                            + "Its members follow into the parts: those listed in a part's `memberIds`, the others "
                            + "into the first part.")
    public List<OrganizationResponse> split(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid SplitRequest request) {
        return service
                .split(
                        id,
                        ifMatch,
                        request.into().stream().map(SplitPartRequest::toDomain).toList(),
                        request.into().stream().map(SplitPartRequest::members).toList(),
                        request.decision().toDomain())
                .stream()
                .map(OrganizationResponse::from)
                .toList();
    }

    @POST
    @Path("/merges")
    @Operation(
            operationId = "mergeOrganizations",
            summary = "Merge organizations",
            description =
                    "Into an existing organization (`targetId`) or a new one (`newTarget`). Sources become MERGED and their "
                            + "active children move under the target.")
    public RestResponse<OrganizationResponse> merge(@NotNull @Valid MergeRequest request) {
        Organization target = service.merge(
                request.sourceIds(),
                request.targetId(),
                request.newTarget() == null ? null : request.newTarget().toDomain(),
                request.decision().toDomain());
        return OrganizationResource.ok(target);
    }

    @POST
    @Path("/{id}/dissolutions")
    @Operation(
            operationId = "dissolveOrganization",
            summary = "Dissolve an organization",
            description = "Refused while it has active children.")
    public RestResponse<OrganizationResponse> dissolve(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid DissolutionRequest request) {
        Organization org = service.dissolve(id, ifMatch, request.decision().toDomain());
        return OrganizationResource.ok(org);
    }
}
