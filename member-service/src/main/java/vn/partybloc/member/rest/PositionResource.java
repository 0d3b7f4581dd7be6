package vn.partybloc.member.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.partybloc.kernel.Roles;
import vn.partybloc.member.domain.CommitteeService;
import vn.partybloc.member.domain.Position;
import vn.partybloc.member.domain.Responsibility;
import vn.partybloc.platform.web.ETags;

@Path("/api/v1/positions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Committee positions", description = "Members holding positions on committees (cấp ủy viên).")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.SECRETARY})
public class PositionResource {

    private final CommitteeService service;

    public PositionResource(CommitteeService service) {
        this.service = service;
    }

    @POST
    @Operation(
            operationId = "startPosition",
            summary = "A member takes a committee position",
            description =
                    "Only full members (rule 7); at most one secretary (or inspection chair) per committee at a time, also "
                            + "under concurrent requests; a standing-committee member sits on the executive of the same term (rule 5).")
    @APIResponse(
            responseCode = "201",
            description = "Recorded.",
            content = @Content(schema = @Schema(implementation = PositionResponse.class)))
    public RestResponse<PositionResponse> start(@NotNull @Valid PositionRequest request, @Context UriInfo uri) {
        Position p = service.start(
                request.committeeId(),
                request.memberId(),
                request.position(),
                request.appointment(),
                request.decisionNumber(),
                request.decisionDate(),
                request.startsOn());
        return RestResponse.ResponseBuilder.<PositionResponse>created(
                        uri.getAbsolutePathBuilder().path(p.id.toString()).build())
                .tag(ETags.of(p.version))
                .entity(PositionResponse.from(p))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
    @Operation(
            operationId = "getPosition",
            summary = "Read a committee position",
            description = "One member's position on a committee, with its `ETag` (send it as `If-Match` to end the "
                    + "position), as `startPosition` answered it. Every reader role may call it; a secretary only "
                    + "inside their own subtree (404 otherwise).")
    public RestResponse<PositionResponse> get(@PathParam("id") UUID id) {
        Position p = service.positionOf(id);
        return RestResponse.ResponseBuilder.ok(PositionResponse.from(p))
                .tag(ETags.of(p.version))
                .build();
    }

    @POST
    @Path("/{id}/responsibilities")
    @Operation(
            operationId = "assignResponsibility",
            summary = "Assign a committee member a field of work or a cell to follow",
            description = "The followed cell must be an active cell under the organization the committee leads. "
                    + "The responsibility is part of the position's published state: the position gets a new "
                    + "version (its ETag) and ResponsibilityAssigned is published with all its responsibilities.")
    @APIResponse(
            responseCode = "201",
            description = "Assigned.",
            content = @Content(schema = @Schema(implementation = ResponsibilityResponse.class)))
    public RestResponse<ResponsibilityResponse> assign(
            @PathParam("id") UUID id, @NotNull @Valid ResponsibilityRequest request, @Context UriInfo uri) {
        Responsibility r = service.assign(
                id,
                request.field().strip(),
                request.followedOrganizationId(),
                Boolean.TRUE.equals(request.attendsMeetings()));
        return RestResponse.ResponseBuilder.<ResponsibilityResponse>created(
                        uri.getAbsolutePathBuilder().path(r.id.toString()).build())
                .entity(ResponsibilityResponse.from(r))
                .build();
    }

    @GET
    @Path("/{id}/responsibilities")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
    @Operation(
            operationId = "listResponsibilities",
            summary = "What a committee member is assigned to",
            description =
                    "The fields and the cells a committee member is assigned to follow (phân công phụ trách). Every "
                            + "reader role may call it; a secretary only inside their own subtree (404 otherwise).")
    public List<ResponsibilityResponse> responsibilities(@PathParam("id") UUID id) {
        return service.responsibilitiesOf(id).stream()
                .map(ResponsibilityResponse::from)
                .toList();
    }

    @GET
    @Path("/{id}/responsibilities/{responsibilityId}")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
    @Operation(
            operationId = "getResponsibility",
            summary = "Read one responsibility of a committee member",
            description = "One field of work or followed cell assigned to a committee member, as "
                    + "`assignResponsibility` answered it. Every reader role may call it; a secretary only inside "
                    + "their own subtree (404 otherwise).")
    public ResponsibilityResponse responsibility(
            @PathParam("id") UUID id, @PathParam("responsibilityId") UUID responsibilityId) {
        return ResponsibilityResponse.from(service.responsibilityOf(id, responsibilityId));
    }

    @POST
    @Path("/{id}/terminations")
    @Operation(
            operationId = "endPosition",
            summary = "End a committee position",
            description = "The position ends on `endsOn` (not before its start: 400) for the given reason. A position "
                    + "already ended is 409. For an admin, organizer or a secretary of the committee's subtree. Send "
                    + "`If-Match` with the ETag you read. Publishes CommitteePositionEnded.")
    public RestResponse<PositionResponse> end(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid TerminationRequest request) {
        Position p = service.end(id, ifMatch, request.endsOn(), request.reason());
        return RestResponse.ResponseBuilder.ok(PositionResponse.from(p))
                .tag(ETags.of(p.version))
                .build();
    }
}
