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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.partybloc.evaluation.domain.RuleSet;
import vn.partybloc.evaluation.domain.RuleSetService;
import vn.partybloc.kernel.Roles;
import vn.partybloc.platform.web.ETags;
import vn.partybloc.platform.web.Page;
import vn.partybloc.platform.web.PageRequest;

@Path("/api/v1/rule-sets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Rule sets",
        description = "Rating rules in force from a date, with their source documents (domain rules 10–11).")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER})
public class RuleSetResource {

    private final RuleSetService service;

    public RuleSetResource(RuleSetService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
    @Operation(
            operationId = "listRuleSets",
            summary = "Rule sets, oldest first",
            description =
                    "Every rating rule set (domain rules 10–11: rule sets are data) by the day it came into force, "
                            + "paged. Every reader role may call it.")
    public Page<RuleSetResponse> list(@Valid @BeanParam PageRequest page) {
        return Pages.of(service.all(), page, "effectiveFrom", RuleSetResponse::from);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
    @Operation(
            operationId = "getRuleSet",
            summary = "Read a rule set",
            description =
                    "The rule set's documents, day in force, score bands and excellent cap, with its `ETag`. Every "
                            + "reader role may call it; 404 for an unknown id.")
    public RestResponse<RuleSetResponse> get(@PathParam("id") UUID id) {
        RuleSet r = service.get(id);
        return RestResponse.ResponseBuilder.ok(RuleSetResponse.from(r))
                .tag(ETags.of(r.version))
                .build();
    }

    @POST
    @Operation(
            operationId = "createRuleSet",
            summary = "Record a rule set taking effect on a date",
            description =
                    "Reviews of a cycle are judged by the rule set in force on the cycle's first day. A rule set that uses "
                            + "a score needs bands `excellentMinScore > goodMinScore > completeMinScore > 0` (rule `RS-BANDS`).")
    @APIResponse(
            responseCode = "201",
            description = "Recorded; `Location` names it.",
            content = @Content(schema = @Schema(implementation = RuleSetResponse.class)))
    public RestResponse<RuleSetResponse> create(@NotNull @Valid RuleSetRequest request, @Context UriInfo uri) {
        RuleSet r = service.create(request.values());
        return RestResponse.ResponseBuilder.<RuleSetResponse>created(
                        uri.getAbsolutePathBuilder().path(r.id.toString()).build())
                .tag(ETags.of(r.version))
                .entity(RuleSetResponse.from(r))
                .build();
    }

    @PUT
    @Path("/{id}")
    @Operation(
            operationId = "replaceRuleSet",
            summary = "Correct a rule set",
            description =
                    "Reviews already recorded keep the rule set they were judged by; this changes how new steps are judged.")
    public RestResponse<RuleSetResponse> replace(
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid RuleSetRequest request) {
        RuleSet r = service.replace(id, ifMatch, request.values());
        return RestResponse.ResponseBuilder.ok(RuleSetResponse.from(r))
                .tag(ETags.of(r.version))
                .build();
    }
}
