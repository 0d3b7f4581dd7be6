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
import vn.partybloc.member.domain.PoliticalVetting;
import vn.partybloc.member.domain.VettingService;

/** Political vetting: only admin and organizer, and never in events, logs or the changes feed. */
@Path("/api/v1/members/{id}/vettings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Political vetting", description = "Restricted: admin and organizer only.")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER})
public class VettingResource {

    private final VettingService service;

    public VettingResource(VettingService service) {
        this.service = service;
    }

    @POST
    @Operation(
            operationId = "recordVetting",
            summary = "Record a political-vetting conclusion about a member",
            description =
                    "Restricted data, for an admin or organizer only, never published as an event nor in any report. "
                            + "404 for an unknown member.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded.",
            content = @Content(schema = @Schema(implementation = VettingResponse.class)))
    public RestResponse<VettingResponse> record(
            @PathParam("id") UUID memberId, @NotNull @Valid VettingRequest request, @Context UriInfo uri) {
        PoliticalVetting v = service.record(
                memberId,
                request.purpose(),
                request.conclusion().strip(),
                request.concludedOn(),
                request.decisionNumber());
        return RestResponse.ResponseBuilder.<VettingResponse>created(
                        uri.getAbsolutePathBuilder().path(v.id.toString()).build())
                .entity(VettingResponse.from(v))
                .build();
    }

    @GET
    @Operation(
            operationId = "listVettings",
            summary = "A member's political-vetting records, oldest first",
            description = "Restricted data: an admin or organizer only (403 for every other role). 404 for an unknown "
                    + "member.")
    public List<VettingResponse> list(@PathParam("id") UUID memberId) {
        return service.ofMember(memberId).stream().map(VettingResponse::from).toList();
    }

    @GET
    @Path("/{vettingId}")
    @Operation(
            operationId = "getVetting",
            summary = "Read one political-vetting record of a member",
            description = "As `recordVetting` answered it. Restricted data: an admin or organizer only (403 for every "
                    + "other role). 404 for an unknown member, or a record that is not this member's.")
    public VettingResponse get(@PathParam("id") UUID memberId, @PathParam("vettingId") UUID vettingId) {
        return VettingResponse.from(service.get(memberId, vettingId));
    }
}
