package vn.partybloc.platform.exports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.jboss.resteasy.reactive.RestResponse;
import vn.partybloc.kernel.Roles;
import vn.partybloc.platform.shares.ShareLog;

/**
 * The reads of an export family, alike for every family: the caller's exports, one job, its content. A service's
 * resource extends it with its own {@code @Path("/api/v1/<family>/exports")}, tag and {@code POST}; the document's
 * filter names these operations after the family ({@code listMemberExports}, {@code getMemberExport},
 * {@code getMemberExportContent}).
 */
public abstract class ExportResourceBase {

    @Inject
    Exports exports;

    private final String family;
    private final List<String> csvColumns;

    /**
     * {@code family} as {@link Exports} knows its jobs; {@code line} the record a line of the content holds, whose
     * fields, in order, are the columns of the CSV content ({@link ExportCsv#columnsOf}).
     */
    protected ExportResourceBase(String family, Class<? extends Record> line) {
        this.family = family;
        this.csvColumns = ExportCsv.columnsOf(line);
    }

    /** The caller's exports of the family, of {@code organizationId}'s subtree if named (404 out of their sight). */
    protected abstract List<ExportJob> jobs(UUID organizationId);

    /** The answer to the family's {@code POST}: 202 with the queued job, {@code Location} naming it. */
    protected static RestResponse<ExportJobResponse> accepted(ExportJob job, UriInfo uri) {
        return RestResponse.ResponseBuilder.<ExportJobResponse>accepted()
                .location(uri.getAbsolutePathBuilder().path(job.id().toString()).build())
                .entity(ExportJobResponse.from(job))
                .build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.SECRETARY, Roles.INTEGRATION})
    @Operation(summary = "List your exports", description = "Newest first, at most 100; `admin` sees everyone's.")
    public List<ExportJobResponse> list(
            @Parameter(description = "Only the exports of this organization's subtree.") @QueryParam("organizationId")
                    UUID organizationId) {
        return jobs(organizationId).stream().map(ExportJobResponse::from).toList();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.SECRETARY, Roles.INTEGRATION})
    @Operation(
            summary = "Follow an export",
            description = "Only the caller who asked for the export and `admin` see it: to anyone else it answers 404, "
                    + "as for an export that does not exist.")
    public ExportJobResponse get(@PathParam("id") UUID id) {
        return ExportJobResponse.from(exports.get(family, id));
    }

    @GET
    @Path("/{id}/content")
    @Produces({Exports.NDJSON, Exports.CSV})
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.SECRETARY, Roles.INTEGRATION})
    @Operation(
            summary = "Download an export",
            description = "One record per line (NDJSON), each as its `GET` shows it to the caller who asked, in the "
                    + "order the export's `POST` states; or, asked with `Accept: text/csv`, a CSV file with a column per "
                    + "field (an absent field is empty, a list or an object is its JSON). 409 while the export is not "
                    + "DONE; 404 once it has expired. Each download is recorded in the share log.")
    @APIResponse(
            responseCode = "200",
            description = "The records, one JSON object per line, or CSV rows under a header.",
            content = {
                @Content(mediaType = Exports.NDJSON, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = Exports.CSV, schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response content(
            @PathParam("id") UUID id,
            @Context Request request,
            @Parameter(description = ShareLog.PURPOSE_DESCRIPTION)
                    @HeaderParam(ShareLog.PURPOSE_HEADER)
                    @Size(max = ShareLog.PURPOSE_MAX_LENGTH)
                    @Pattern(regexp = ShareLog.PRINTABLE_ASCII)
                    String purpose) {
        return exports.content(family, id, request, csvColumns, purpose);
    }
}
