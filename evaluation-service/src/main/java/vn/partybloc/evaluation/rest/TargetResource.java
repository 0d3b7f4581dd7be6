package vn.partybloc.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.partybloc.evaluation.domain.Target;
import vn.partybloc.evaluation.domain.TargetService;
import vn.partybloc.kernel.Roles;
import vn.partybloc.platform.validation.Text;
import vn.partybloc.platform.web.ETags;
import vn.partybloc.platform.web.Page;
import vn.partybloc.platform.web.PageRequest;

@Path("/api/v1/targets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Targets", description = "Rating targets per cycle and subtree, e.g. members: at least good, at least 90%.")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER})
public class TargetResource {

    private final TargetService service;

    public TargetResource(TargetService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
    @Operation(
            operationId = "listTargets",
            summary = "Targets of a cycle set for one subtree root, or for the whole Bloc",
            description =
                    "The targets of a cycle set for `organizationId`, or without it those for the whole Bloc, paged. "
                            + "Every reader role may call it; a secretary names only organizations of their own subtree (404 "
                            + "otherwise).")
    @APIResponse(responseCode = "200", description = "A page of targets.")
    @APIResponse(
            responseCode = "404",
            description = "The cycle or organization is unknown or not visible.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Page<TargetResponse> list(
            @Parameter(description = "The cycle.", required = true) @QueryParam("cycleId") @NotNull UUID cycleId,
            @Parameter(description = "The subtree root the targets were set for; omit for the Bloc-wide targets.")
                    @QueryParam("organizationId")
                    UUID organizationId,
            @Valid @BeanParam PageRequest page) {
        return Pages.of(service.of(cycleId, organizationId), page, "subjectKind", TargetResponse::from);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
    @Operation(
            operationId = "getTarget",
            summary = "Read a target",
            description =
                    "The target's cycle, organization, subject kind, metric, comparison and percent, with its `ETag`. "
                            + "Every reader role may call it; a secretary only for the Bloc-wide targets and those set for "
                            + "their own subtree (404 otherwise).")
    public RestResponse<TargetResponse> get(@PathParam("id") UUID id) {
        Target t = service.get(id);
        return RestResponse.ResponseBuilder.ok(TargetResponse.from(t))
                .tag(ETags.of(t.version))
                .build();
    }

    @POST
    @Operation(
            operationId = "setTarget",
            summary = "Set a target for a cycle and subtree",
            description =
                    "The attainment report of a subtree uses the targets set for the nearest organization on its way up "
                            + "to the Bloc, else the Bloc-wide ones. A duplicate (same cycle, organization, kind, metric, comparison) is 409.")
    @APIResponse(
            responseCode = "201",
            description = "Set; `Location` names it.",
            content = @Content(schema = @Schema(implementation = TargetResponse.class)))
    public RestResponse<TargetResponse> set(@NotNull @Valid TargetRequest request, @Context UriInfo uri) {
        Target t = service.set(
                request.cycleId(),
                request.organizationId(),
                request.subjectKind(),
                request.metric(),
                request.comparison(),
                request.percent(),
                Text.nfc(request.note()));
        return RestResponse.ResponseBuilder.<TargetResponse>created(
                        uri.getAbsolutePathBuilder().path(t.id.toString()).build())
                .tag(ETags.of(t.version))
                .entity(TargetResponse.from(t))
                .build();
    }

    @PUT
    @Path("/{id}")
    @Operation(
            operationId = "changeTarget",
            summary = "Change a target's comparison, percent and note",
            description =
                    "For an admin or organizer; the cycle, organization, subject kind and metric stay as they are. "
                            + "Send `If-Match` with the ETag you read. The attainment report uses the new value at once.")
    public RestResponse<TargetResponse> change(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid TargetChangeRequest request) {
        Target t = service.change(id, ifMatch, request.comparison(), request.percent(), Text.nfc(request.note()));
        return RestResponse.ResponseBuilder.ok(TargetResponse.from(t))
                .tag(ETags.of(t.version))
                .build();
    }
}
