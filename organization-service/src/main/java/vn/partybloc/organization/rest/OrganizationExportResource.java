package vn.partybloc.organization.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.partybloc.kernel.Roles;
import vn.partybloc.organization.domain.OrganizationExports;
import vn.partybloc.organization.domain.OrganizationStatus;
import vn.partybloc.organization.domain.OrganizationType;
import vn.partybloc.platform.exports.ExportJob;
import vn.partybloc.platform.exports.ExportJobResponse;
import vn.partybloc.platform.exports.ExportResourceBase;
import vn.partybloc.platform.web.EnumFilters;

@Path("/api/v1/organizations/exports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exports", description = "Snapshots of the tree for a first full sync, with their changes-feed cursor.")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.SECRETARY, Roles.INTEGRATION})
public class OrganizationExportResource extends ExportResourceBase {

    private final OrganizationExports organizationExports;

    public OrganizationExportResource(OrganizationExports organizationExports) {
        super(OrganizationExports.FAMILY, OrganizationResponse.class);
        this.organizationExports = organizationExports;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "exportOrganizations",
            summary = "Export organizations",
            description = "Queues an export of the organizations you may read (a secretary: of their subtree), an "
                    + "organization with its subtree or the whole tree, as it stands or `asOf` a day, as one snapshot: "
                    + "each line of its content is an organization as `GET /api/v1/organizations/{id}` shows it, in "
                    + "tree order. When the job is DONE, its `cursor` is where the snapshot stands in "
                    + "`GET /api/v1/changes/organizations`: load the content, then read the feed with `after` = "
                    + "`cursor`. Answers 202 at once; follow `Location` to the job.")
    @APIResponse(
            responseCode = "202",
            description = "Accepted; `Location` names the job.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ExportJobResponse.class)))
    public RestResponse<ExportJobResponse> export(
            @NotNull @Valid OrganizationExportRequest asked, @Context UriInfo uri) {
        ExportJob job = organizationExports.start(
                asked.organizationId(),
                asked.asOf(),
                EnumFilters.of(asked.types(), OrganizationType.class),
                EnumFilters.of(asked.statuses(), OrganizationStatus.class),
                OrganizationResponse::from);
        return accepted(job, uri);
    }

    @Override
    protected List<ExportJob> jobs(UUID organizationId) {
        return organizationExports.list(organizationId);
    }
}
