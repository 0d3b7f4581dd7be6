package vn.partybloc.member.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.partybloc.kernel.ApiTexts;
import vn.partybloc.kernel.Roles;
import vn.partybloc.member.domain.OrganizationScope;
import vn.partybloc.member.domain.SuccessionCandidate;
import vn.partybloc.member.domain.SuccessionPlan;
import vn.partybloc.member.domain.SuccessionService;
import vn.partybloc.platform.web.ETags;

@Path("/api/v1/succession-plans")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "Succession plans",
        description = "Quy hoạch: candidates planned for committee positions of a coming term. "
                + "Personnel planning: readable by admin, organizer, inspector and a secretary within their subtree.")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.SECRETARY})
public class SuccessionResource {

    private final SuccessionService service;
    private final OrganizationScope scope;

    public SuccessionResource(SuccessionService service, OrganizationScope scope) {
        this.scope = scope;
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.SECRETARY})
    @Operation(
            operationId = "listSuccessionPlans",
            summary = "Succession plans of a subtree, with their candidates",
            description = "Plans (quy hoạch) of the subtree of `organizationId` (default: the caller's scope root), "
                    + "optionally of one term, each with its candidates. For an admin, organizer, inspector or "
                    + "secretary (a secretary: their own subtree only).")
    public List<SuccessionPlanResponse> list(
            @Parameter(description = ApiTexts.SUBTREE_ROOT) @QueryParam("organizationId") UUID organizationId,
            @Parameter(description = "Only plans for the term starting this year.")
                    @QueryParam("termStartYear")
                    @Min(1930)
                    @Max(2200)
                    Integer termStartYear) {
        List<SuccessionPlan> plans = service.plans(scope.subtreeRoot(organizationId), termStartYear);
        List<SuccessionCandidate> candidates =
                service.candidatesOf(plans.stream().map(p -> p.id).toList());
        var people = service.membersOf(candidates);
        var flags = service.flagsOf(candidates);
        return plans.stream()
                .map(p -> SuccessionPlanResponse.from(p, candidates, people, flags))
                .toList();
    }

    @GET
    @Path("/report")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.SECRETARY})
    @Operation(
            operationId = "getSuccessionReport",
            summary = "Candidates per position with the women and young shares",
            description =
                    "Domain rule 13: the shares are reported against the targets (at least 15% young, 25% women by "
                            + "default; configurable), never enforced.")
    public SuccessionReportResponse report(
            @Parameter(description = ApiTexts.SUBTREE_ROOT) @QueryParam("organizationId") UUID organizationId,
            @Parameter(description = "Only plans for the term starting this year.")
                    @QueryParam("termStartYear")
                    @Min(1930)
                    @Max(2200)
                    Integer termStartYear) {
        return SuccessionReportResponse.from(service.report(scope.subtreeRoot(organizationId), termStartYear));
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.SECRETARY})
    @Operation(
            operationId = "getSuccessionPlan",
            summary = "A succession plan with its candidates",
            description =
                    "The plan with its candidates, removed ones included with their reason. For an admin, organizer, "
                            + "inspector or secretary; a secretary only inside their own subtree (404 otherwise).")
    public RestResponse<SuccessionPlanResponse> get(@PathParam("id") UUID id) {
        SuccessionPlan plan = service.plan(id);
        return RestResponse.ResponseBuilder.ok(response(plan))
                .tag(ETags.of(plan.version))
                .build();
    }

    @POST
    @Operation(
            operationId = "createSuccessionPlan",
            summary = "Open a succession plan for a position and term",
            description =
                    "The committee kind must be one the organization may have (rules 4–6) and the position one of that "
                            + "committee. One plan per organization, committee kind, position and term (409 otherwise).")
    @APIResponse(
            responseCode = "201",
            description = "Created; `Location` names the plan.",
            content = @Content(schema = @Schema(implementation = SuccessionPlanResponse.class)))
    public RestResponse<SuccessionPlanResponse> create(
            @NotNull @Valid SuccessionPlanRequest request, @Context UriInfo uri) {
        SuccessionPlan plan = service.create(
                request.organizationId(),
                request.committeeKind(),
                request.position(),
                request.termStartYear(),
                request.termEndYear());
        return RestResponse.ResponseBuilder.<SuccessionPlanResponse>created(
                        uri.getAbsolutePathBuilder().path(plan.id.toString()).build())
                .tag(ETags.of(plan.version))
                .entity(response(plan))
                .build();
    }

    @POST
    @Path("/{id}/candidates")
    @Operation(
            operationId = "addSuccessionCandidate",
            summary = "Plan a member for the position",
            description =
                    "An active member of the organization's subtree (SUC-MEMBER), once per plan (409). When "
                            + "`partybloc.succession.max-age-at-term-start` is configured, a member older than that on 1 January of the "
                            + "term's first year is refused (SUC-FULL-TERM); it is unset until the 2025 regulation's figure is confirmed.")
    @APIResponse(
            responseCode = "201",
            description = "Added; the plan with its candidates, `Location` names the candidate.",
            content = @Content(schema = @Schema(implementation = SuccessionPlanResponse.class)))
    public RestResponse<SuccessionPlanResponse> add(
            @PathParam("id") UUID id, @NotNull @Valid CandidateRequest request, @Context UriInfo uri) {
        SuccessionCandidate added = service.add(id, request.memberId(), request.addedOn(), request.note());
        return RestResponse.ResponseBuilder.<SuccessionPlanResponse>created(
                        uri.getAbsolutePathBuilder().path(added.id.toString()).build())
                .entity(response(service.plan(id)))
                .build();
    }

    @GET
    @Path("/{id}/candidates/{candidateId}")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.SECRETARY})
    @Operation(
            operationId = "getSuccessionCandidate",
            summary = "Read one candidate of a succession plan",
            description = "The candidate `addSuccessionCandidate` named in `Location`, removed or not (with the "
                    + "reason). For an admin, organizer, inspector or secretary; a secretary only inside their own "
                    + "subtree (404 otherwise).")
    public SuccessionCandidateResponse candidate(@PathParam("id") UUID id, @PathParam("candidateId") UUID candidateId) {
        SuccessionCandidate candidate = service.candidate(id, candidateId);
        return SuccessionCandidateResponse.from(
                candidate,
                service.membersOf(List.of(candidate)).get(candidate.memberId),
                service.flagsOf(List.of(candidate)).getOrDefault(candidate.id, List.of()));
    }

    @POST
    @Path("/{id}/candidates/{candidateId}/removals")
    @Operation(
            operationId = "removeSuccessionCandidate",
            summary = "Take a candidate out of the plan, with the reason",
            description = "The candidate stays in the record as REMOVED, with the date and reason.")
    @APIResponse(responseCode = "200", description = "Removed; the plan with its candidates.")
    public SuccessionPlanResponse remove(
            @PathParam("id") UUID id,
            @PathParam("candidateId") UUID candidateId,
            @NotNull @Valid CandidateRemovalRequest request) {
        service.remove(id, candidateId, request.reason(), request.removedOn(), request.note());
        return response(service.plan(id));
    }

    private SuccessionPlanResponse response(SuccessionPlan plan) {
        List<SuccessionCandidate> candidates = service.candidatesOf(List.of(plan.id));
        return SuccessionPlanResponse.from(
                plan, candidates, service.membersOf(candidates), service.flagsOf(candidates));
    }
}
