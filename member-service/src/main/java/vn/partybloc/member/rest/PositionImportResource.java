package vn.partybloc.member.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.partybloc.kernel.Roles;
import vn.partybloc.member.domain.ImportFile;
import vn.partybloc.member.domain.ImportJobs;
import vn.partybloc.member.domain.ImportKind;
import vn.partybloc.member.domain.PositionRow;

@Path("/api/v1/positions/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports", description = "Bulk imports of members and positions, run in the background.")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.SECRETARY, Roles.INTEGRATION})
public class PositionImportResource {

    private final ImportFiles files;
    private final ImportJobs jobs;
    private final ImportResponses responses;

    public PositionImportResource(ImportFiles files, ImportJobs jobs, ImportResponses responses) {
        this.files = files;
        this.jobs = jobs;
        this.responses = responses;
    }

    @POST
    // No @Consumes: the media type is checked after authentication, so a caller without a token hears 401, not 415.
    @Operation(
            operationId = "importPositions",
            summary = "Import committee positions from a CSV or NDJSON file",
            description =
                    "Each row is a position (see PositionImportRow), upserted by member, committee, position and start "
                            + "date, each row meeting every rule `POST /api/v1/positions` meets. A new position is started (and ended when "
                            + "the row has `endsOn`); an open one is ended by a row with `endsOn`; an identical one is left unchanged, so "
                            + "sending the same file twice changes nothing the second time. " + ImportFiles.LIMITS
                            + " Answers 202 at once; follow `Location`.")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = ImportFiles.CSV,
                        schema = @Schema(type = SchemaType.STRING, maxLength = ImportFiles.MAX_CHARACTERS),
                        example = """
                    memberNationalId,committeeId,position,appointment,decisionNumber,startsOn
                    087085001234,5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a,SECRETARY,ELECTED,20-QĐ/ĐUK,2025-06-20
                    """),
                @Content(
                        mediaType = ImportFiles.NDJSON,
                        schema = @Schema(type = SchemaType.STRING, maxLength = ImportFiles.MAX_CHARACTERS),
                        example = """
                    {"memberNationalId":"087085001234","committeeId":"5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a","position":"SECRETARY","appointment":"ELECTED","startsOn":"2025-06-20"}
                    """)
            })
    @APIResponse(
            responseCode = "202",
            description = "Accepted; `Location` names the job.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportJobResponse.class)))
    public RestResponse<ImportJobResponse> submit(
            InputStream body, @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType type, @Context UriInfo uri) {
        String format = ImportResponses.format(type);
        ImportFile<PositionRow> file = files.store(body, format, PositionImportRow.class)
                .refusingRepeats(PositionImportRow::naturalKey, "startsOn")
                .map(row -> row.map(PositionImportRow::toDomain));
        return responses.accepted(jobs.submitPositions(format, file), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getPositionImport",
            summary = "Follow a positions import",
            description = "Counts so far and the refused rows. Only the caller who sent the import and `admin` see it: "
                    + "to anyone else it answers 404, as for a job that does not exist. " + ImportResponses.LANGUAGE)
    @APIResponse(
            responseCode = "200",
            description = "The job.",
            headers =
                    @Header(
                            name = HttpHeaders.CONTENT_LANGUAGE,
                            description = ImportResponses.CONTENT_LANGUAGE,
                            required = true,
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"en", "vi"})),
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ImportJobResponse.class)))
    public RestResponse<ImportJobResponse> get(@PathParam("id") UUID id, @Context HttpHeaders headers) {
        return responses.get(id, ImportKind.POSITIONS, headers);
    }
}
