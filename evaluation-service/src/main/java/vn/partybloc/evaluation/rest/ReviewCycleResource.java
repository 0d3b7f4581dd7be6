package vn.partybloc.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.partybloc.evaluation.domain.ReviewCycle;
import vn.partybloc.evaluation.domain.ReviewCycleService;
import vn.partybloc.kernel.Roles;
import vn.partybloc.platform.web.ETags;
import vn.partybloc.platform.web.Page;
import vn.partybloc.platform.web.PageRequest;

@Path("/api/v1/review-cycles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Review cycles",
        description = "Review periods (a year), each judged by the rule set in force on its first day.")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER})
public class ReviewCycleResource {

    private final ReviewCycleService service;

    public ReviewCycleResource(ReviewCycleService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
    @Operation(
            operationId = "listReviewCycles",
            summary = "Review cycles, newest first",
            description =
                    "Each yearly review cycle with the rule set in force on its first day, newest first, paged. Every "
                            + "reader role may call it.")
    public Page<CycleResponse> list(@Valid @BeanParam PageRequest page) {
        return Pages.of(service.all(), page, "year", c -> CycleResponse.from(c, service.ruleSetOf(c)));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
    @Operation(
            operationId = "getReviewCycle",
            summary = "Read a review cycle",
            description =
                    "The cycle with its year and the rule set its reviews are judged by, and its `ETag`. Every reader "
                            + "role may call it; 404 for an unknown id.")
    public RestResponse<CycleResponse> get(@PathParam("id") UUID id) {
        ReviewCycle c = service.get(id);
        return RestResponse.ResponseBuilder.ok(CycleResponse.from(c, service.ruleSetOf(c)))
                .tag(ETags.of(c.version))
                .build();
    }

    @POST
    @Operation(
            operationId = "openReviewCycle",
            summary = "Open the review cycle of a year",
            description =
                    "Needs a rule set in force on 1 January (rule `REV-RULE-SET`). Unless `articleTargets` is false, the "
                            + "cycle starts with the Bloc's yearly targets from the article, for the whole Bloc; edit them under `/targets`.")
    @APIResponse(
            responseCode = "201",
            description = "Opened; `Location` names it.",
            content = @Content(schema = @Schema(implementation = CycleResponse.class)))
    public RestResponse<CycleResponse> open(@NotNull @Valid ReviewCycleRequest request, @Context UriInfo uri) {
        ReviewCycle c = service.openYear(request.year(), request.articleTargets() == null || request.articleTargets());
        return RestResponse.ResponseBuilder.<CycleResponse>created(
                        uri.getAbsolutePathBuilder().path(c.id.toString()).build())
                .tag(ETags.of(c.version))
                .entity(CycleResponse.from(c, service.ruleSetOf(c)))
                .build();
    }
}
