package vn.partybloc.member.rest;

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
import vn.partybloc.member.domain.MemberExports;
import vn.partybloc.member.domain.MemberStatus;
import vn.partybloc.member.domain.NationalIdReaders;
import vn.partybloc.platform.exports.ExportCsv;
import vn.partybloc.platform.exports.ExportJob;
import vn.partybloc.platform.exports.ExportJobResponse;
import vn.partybloc.platform.exports.Exports;
import vn.partybloc.platform.security.Caller;

@Path("/api/v1/members/exports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exports", description = "Snapshots of the register for a first full sync, with their changes-feed cursor.")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.SECRETARY, Roles.INTEGRATION})
public class MemberExportResource {

    private static final List<String> CSV_COLUMNS = ExportCsv.columnsOf(MemberResponse.class);

    private final MemberExports memberExports;
    private final Exports exports;
    private final Caller caller;

    public MemberExportResource(MemberExports memberExports, Exports exports, Caller caller) {
        this.memberExports = memberExports;
        this.exports = exports;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "exportMembers",
            summary = "Export members",
            description = "Queues an export of the members you may read (a secretary: of their subtree), today or "
                    + "`asOf` a day, as one snapshot: each line of its content is a member as `GET /api/v1/members/{id}` "
                    + "shows it to you. When the job is DONE, its `cursor` is where the snapshot stands in "
                    + "`GET /api/v1/changes/members`: load the content, then read the feed with `after` = `cursor`, and "
                    + "nothing is missed or counted twice. Answers 202 at once; follow `Location` to the job.")
    @APIResponse(
            responseCode = "202",
            description = "Accepted; `Location` names the job.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ExportJobResponse.class)))
    public RestResponse<ExportJobResponse> export(@NotNull @Valid MemberExportRequest asked, @Context UriInfo uri) {
        boolean cleared = NationalIdReaders.includes(caller);
        ExportJob job = memberExports.start(
                asked.organizationId(),
                asked.asOf(),
                asked.statuses() == null || asked.statuses().isEmpty()
                        ? EnumSet.noneOf(MemberStatus.class)
                        : EnumSet.copyOf(asked.statuses()),
                member -> MemberResponse.from(member, cleared, null));
        return RestResponse.ResponseBuilder.<ExportJobResponse>accepted()
                .location(uri.getAbsolutePathBuilder().path(job.id().toString()).build())
                .entity(ExportJobResponse.from(job))
                .build();
    }

    @GET
    @Operation(
            operationId = "listMemberExports",
            summary = "List your member exports",
            description = "Newest first, at most 100; `admin` sees everyone's.")
    public List<ExportJobResponse> list(
            @Parameter(description = "Only the exports of this organization's subtree.") @QueryParam("organizationId")
                    UUID organizationId) {
        return memberExports.list(organizationId).stream()
                .map(ExportJobResponse::from)
                .toList();
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getMemberExport",
            summary = "Follow a member export",
            description = "Only the caller who asked for the export and `admin` see it: to anyone else it answers 404, "
                    + "as for an export that does not exist.")
    public ExportJobResponse get(@PathParam("id") UUID id) {
        return ExportJobResponse.from(exports.get(MemberExports.FAMILY, id));
    }

    @GET
    @Path("/{id}/content")
    @Produces({Exports.NDJSON, Exports.CSV})
    @Operation(
            operationId = "getMemberExportContent",
            summary = "Download a member export",
            description = "One member per line (NDJSON), by id; or, asked with `Accept: text/csv`, a CSV file with a "
                    + "column per field of the member (an absent field is empty, a list is its JSON). 409 while the "
                    + "export is not DONE; 404 once it has expired.")
    @APIResponse(
            responseCode = "200",
            description = "The members, one JSON object per line, or CSV rows under a header.",
            content = {
                @Content(mediaType = Exports.NDJSON, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = Exports.CSV, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response content(@PathParam("id") UUID id, @Context Request request) {
        return exports.content(MemberExports.FAMILY, id, request, CSV_COLUMNS);
    }
}
