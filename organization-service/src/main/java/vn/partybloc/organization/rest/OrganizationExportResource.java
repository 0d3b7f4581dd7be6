package vn.partybloc.organization.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.partybloc.kernel.Roles;
import vn.partybloc.organization.domain.OrganizationExports;
import vn.partybloc.organization.domain.OrganizationStatus;
import vn.partybloc.organization.domain.OrganizationType;
import vn.partybloc.platform.exports.ExportCsv;
import vn.partybloc.platform.exports.ExportJob;
import vn.partybloc.platform.exports.ExportJobResponse;
import vn.partybloc.platform.exports.Exports;

@Path("/api/v1/organizations/exports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exports", description = "Snapshots of the tree for a first full sync, with their changes-feed cursor.")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.SECRETARY, Roles.INTEGRATION})
public class OrganizationExportResource {

    private static final List<String> CSV_COLUMNS = ExportCsv.columnsOf(OrganizationResponse.class);

    private final OrganizationExports organizationExports;
    private final Exports exports;

    public OrganizationExportResource(OrganizationExports organizationExports, Exports exports) {
        this.organizationExports = organizationExports;
        this.exports = exports;
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
                asked.types() == null || asked.types().isEmpty()
                        ? EnumSet.noneOf(OrganizationType.class)
                        : EnumSet.copyOf(asked.types()),
                asked.statuses() == null || asked.statuses().isEmpty()
                        ? EnumSet.noneOf(OrganizationStatus.class)
                        : EnumSet.copyOf(asked.statuses()),
                OrganizationResponse::from);
        return RestResponse.ResponseBuilder.<ExportJobResponse>accepted()
                .location(uri.getAbsolutePathBuilder().path(job.id().toString()).build())
                .entity(ExportJobResponse.from(job))
                .build();
    }

    @GET
    @Operation(
            operationId = "listOrganizationExports",
            summary = "List your organization exports",
            description = "Newest first, at most 100; `admin` sees everyone's.")
    public List<ExportJobResponse> list(
            @Parameter(description = "Only the exports of this organization's subtree.") @QueryParam("organizationId")
                    UUID organizationId) {
        return organizationExports.list(organizationId).stream()
                .map(ExportJobResponse::from)
                .toList();
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getOrganizationExport",
            summary = "Follow an organization export",
            description = "Only the caller who asked for the export and `admin` see it: to anyone else it answers 404, "
                    + "as for an export that does not exist.")
    public ExportJobResponse get(@PathParam("id") UUID id) {
        return ExportJobResponse.from(exports.get(OrganizationExports.FAMILY, id));
    }

    @GET
    @Path("/{id}/content")
    @Produces({Exports.NDJSON, Exports.CSV})
    @Operation(
            operationId = "getOrganizationExportContent",
            summary = "Download an organization export",
            description = "One organization per line (NDJSON), in tree order; or, asked with `Accept: text/csv`, a "
                    + "CSV file with a column per field of the organization (an absent field is empty, an object is "
                    + "its JSON). 409 while the export is not DONE; 404 once it has expired.")
    @APIResponse(
            responseCode = "200",
            description = "The organizations, one JSON object per line, or CSV rows under a header.",
            content = {
                @Content(mediaType = Exports.NDJSON, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = Exports.CSV, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response content(@PathParam("id") UUID id, @Context Request request) {
        return exports.content(OrganizationExports.FAMILY, id, request, CSV_COLUMNS);
    }
}
