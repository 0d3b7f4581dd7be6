package vn.partybloc.member.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partybloc.member.domain.PoliticalVetting;
import vn.partybloc.member.domain.VettingPurpose;
import vn.partybloc.member.domain.VettingService;
import vn.partybloc.platform.security.Roles;
import vn.partybloc.platform.validation.PlainText;

/** Political vetting: only admin and organizer, and never in events, logs or the changes feed. */
@Path("/api/v1/members/{memberId}/vettings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Political vetting", description = "Restricted: admin and organizer only.")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER})
public class VettingResource {

    private final VettingService service;

    public VettingResource(VettingService service) {
        this.service = service;
    }

    @Schema(name = "VettingRequest", description = "A political-vetting conclusion about a member.")
    public record VettingRequest(
            @Schema(description = "Why the check was made.") @NotNull
            VettingPurpose purpose,

            @Schema(description = "The conclusion, as written.", maxLength = 4000)
            @NotBlank
            @Size(max = 4000)
            @Pattern(regexp = "^[^\\u0000]*$", message = "must not contain NUL characters")
            String conclusion,

            @Schema(description = "Date of the conclusion.") @NotNull @PastOrPresent
            LocalDate concludedOn,

            @Schema(description = "Number of the document.", maxLength = 64) @Size(max = 64) @PlainText
            String decisionNumber) {}

    @Schema(name = "Vetting", description = "A political-vetting record.")
    public record VettingResponse(
            @Schema(description = "Id.") UUID id,
            @Schema(description = "The member.") UUID memberId,
            @Schema(description = "Why.") VettingPurpose purpose,
            @Schema(description = "Conclusion.") String conclusion,
            @Schema(description = "Date.") LocalDate concludedOn,
            @Schema(description = "Document number.") String decisionNumber,
            @Schema(description = "When it was recorded.") Instant createdAt,
            @Schema(description = "Who recorded it.") String createdBy) {

        static VettingResponse from(PoliticalVetting v) {
            return new VettingResponse(
                    v.id,
                    v.memberId,
                    v.purpose,
                    v.conclusion,
                    v.concludedOn,
                    v.decisionNumber,
                    v.createdAt,
                    v.createdBy);
        }
    }

    @POST
    @Operation(operationId = "recordVetting", summary = "Record a political-vetting conclusion about a member")
    @APIResponse(responseCode = "201", description = "Recorded.")
    public Response record(
            @PathParam("memberId") UUID memberId, @NotNull @Valid VettingRequest request, @Context UriInfo uri) {
        PoliticalVetting v = service.record(
                memberId,
                request.purpose(),
                request.conclusion().strip(),
                request.concludedOn(),
                request.decisionNumber());
        return Response.created(
                        uri.getAbsolutePathBuilder().path(v.id.toString()).build())
                .entity(VettingResponse.from(v))
                .build();
    }

    @GET
    @Operation(operationId = "listVettings", summary = "A member's political-vetting records, oldest first")
    public List<VettingResponse> list(@PathParam("memberId") UUID memberId) {
        return service.ofMember(memberId).stream().map(VettingResponse::from).toList();
    }
}
