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
import vn.partybloc.member.domain.MemberRow;

@Path("/api/v1/members/imports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Imports", description = "Bulk imports of members and positions, run in the background.")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.SECRETARY, Roles.INTEGRATION})
public class MemberImportResource {

    private final ImportFiles files;
    private final ImportJobs jobs;
    private final ImportResponses responses;

    public MemberImportResource(ImportFiles files, ImportJobs jobs, ImportResponses responses) {
        this.files = files;
        this.jobs = jobs;
        this.responses = responses;
    }

    @POST
    // No @Consumes: the media type is checked after authentication, so a caller without a token hears 401, not 415.
    @Operation(
            operationId = "importMembers",
            summary = "Import members from a CSV or NDJSON file",
            description =
                    "Each row is a member as `POST /api/v1/members` takes it (CSV: a header of the same property names; "
                            + "an empty cell is an absent value). Rows are upserted by `nationalId`: a new one is admitted, a registered "
                            + "one whose details differ is updated (or recognised as a full member when the row dates it), an identical "
                            + "one is left unchanged, so sending the same file twice changes nothing the second time. A row naming a "
                            + "member of another cell is refused (record a move instead), as is a row repeating an earlier row's "
                            + "`nationalId`. " + ImportFiles.LIMITS
                            + " Answers 202 at once; follow `Location` to the job.")
    @RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = ImportFiles.CSV,
                        schema = @Schema(type = SchemaType.STRING, maxLength = ImportFiles.MAX_CHARACTERS),
                        example = """
                    fullName,dateOfBirth,gender,nationalId,admittedOn,fullMemberSince,organizationId,degree
                    Nguyễn Văn An,1985-04-12,MALE,087085001234,2010-05-19,2011-05-19,7b2e4c1a-9d3f-4e5a-8b6c-1d2e3f4a5b6c,MASTER
                    """),
                @Content(
                        mediaType = ImportFiles.NDJSON,
                        schema = @Schema(type = SchemaType.STRING, maxLength = ImportFiles.MAX_CHARACTERS),
                        example = """
                    {"fullName":"Nguyễn Văn An","dateOfBirth":"1985-04-12","gender":"MALE","nationalId":"087085001234","admittedOn":"2010-05-19","organizationId":"7b2e4c1a-9d3f-4e5a-8b6c-1d2e3f4a5b6c"}
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
        ImportFile<MemberRow> file = files.store(body, format, MemberRequest.class)
                .map(row -> row.map(r -> new MemberRow(r.toDomain(), r.decisionNumber(), r.toEntry())))
                .refusingRepeats(r -> r.member().nationalId(), "nationalId");
        return responses.accepted(jobs.submitMembers(format, file), uri);
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getMemberImport",
            summary = "Follow a members import",
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
        return responses.get(id, ImportKind.MEMBERS, headers);
    }
}
