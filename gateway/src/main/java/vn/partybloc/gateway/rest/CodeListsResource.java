package vn.partybloc.gateway.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partybloc.gateway.reports.AllCodeLists;
import vn.partybloc.gateway.reports.CodeListsService;

@Path("/api/v1/code-lists")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Code lists",
        description = "The codes the register's fields take, with Vietnamese and English labels and their source.")
public class CodeListsResource {

    private final CodeListsService codeLists;

    public CodeListsResource(CodeListsService codeLists) {
        this.codeLists = codeLists;
    }

    @GET
    @RolesAllowed({"admin", "organizer", "inspector", "viewer", "integration", "secretary"})
    @Operation(
            operationId = "listCodeLists",
            summary = "Read every code list",
            description = "The code lists of every service at once, asked in parallel: organization types and "
                    + "host-unit kinds (organization-service); positions, committee kinds, political-theory levels, "
                    + "degrees, ethnic groups, religions and the qualification levels admins keep (member-service); "
                    + "course topics and formats, contests, awards and results (training-service); rating levels, "
                    + "what is rated, and the codes of discipline, complaints and inspections (evaluation-service). "
                    + "Each list names its source document and the fields whose values are its codes. A service that "
                    + "does not answer in time is marked in `sources`; the others' lists are still returned.")
    @APIResponse(
            responseCode = "200",
            description = "Every service's lists.",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AllCodeLists.class)))
    @APIResponse(responseCode = "500", description = "Unexpected failure of the gateway itself.")
    public AllCodeLists all(
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
            @Parameter(
                            description =
                                    "Your id for this request, echoed back; a blank or longer one is replaced by a UUID.",
                            schema = @Schema(type = SchemaType.STRING, maxLength = 200))
                    @HeaderParam("X-Request-Id")
                    String requestId) {
        return codeLists.all(authorization, requestId);
    }
}
