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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.partybloc.kernel.Roles;
import vn.partybloc.member.domain.Committee;
import vn.partybloc.member.domain.CommitteeBatchService;
import vn.partybloc.member.domain.CommitteeService;
import vn.partybloc.member.domain.ResponsibilityBatchService;
import vn.partybloc.platform.openapi.ApiConventionsFilter;
import vn.partybloc.platform.web.ETags;

@Path("/api/v1/committees")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Committees", description = "Committees of organizations per term.")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.SECRETARY})
public class CommitteeResource {

    private final CommitteeService service;
    private final CommitteeBatchService committeeBatch;
    private final ResponsibilityBatchService responsibilityBatch;

    public CommitteeResource(
            CommitteeService service,
            CommitteeBatchService committeeBatch,
            ResponsibilityBatchService responsibilityBatch) {
        this.service = service;
        this.committeeBatch = committeeBatch;
        this.responsibilityBatch = responsibilityBatch;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
    @Operation(
            operationId = "listCommittees",
            summary = "Committees of an organization, newest term first",
            description =
                    "Every committee (cấp ủy) of one organization, all terms. `organizationId` is required. Every "
                            + "reader role may call it; a secretary only for organizations of their own subtree (404 "
                            + "otherwise).")
    public List<CommitteeResponse> list(
            @Parameter(description = "The organization.", required = true) @QueryParam("organizationId") @NotNull
                    UUID organizationId) {
        return service.ofOrganization(organizationId).stream()
                .map(CommitteeResponse::from)
                .toList();
    }

    @POST
    @Operation(
            operationId = "formCommittee",
            summary = "Record a committee of an organization for a term",
            description =
                    "Cells have a cell committee; sub-committees an executive committee; grassroots committees and the Bloc "
                            + "executive, standing and inspection committees (domain rules 4–6).")
    @APIResponse(
            responseCode = "201",
            description = "Recorded.",
            content = @Content(schema = @Schema(implementation = CommitteeResponse.class)))
    @APIResponse(
            responseCode = "404",
            description = "The organization is unknown, or outside the caller's subtree.",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    public RestResponse<CommitteeResponse> form(@NotNull @Valid CommitteeRequest request, @Context UriInfo uri) {
        Committee c =
                service.form(request.organizationId(), request.kind(), request.termStartYear(), request.termEndYear());
        return RestResponse.ResponseBuilder.<CommitteeResponse>created(
                        uri.getAbsolutePathBuilder().path(c.id.toString()).build())
                .tag(ETags.of(c.version))
                .entity(CommitteeResponse.from(c))
                .build();
    }

    @POST
    @Path("/batch")
    @Operation(
            operationId = "formCommitteesInBatch",
            summary = "Record many organizations' committees at once",
            description =
                    "For a term's committees as a wave of congresses elects them, or as another system hands them over: "
                            + "up to 1,000 committees, each checked as `formCommittee` checks one (domain rules 4–6, one of "
                            + "a kind per organization and term) and recorded as it records one, with its CommitteeFormed "
                            + "event. All or nothing: if any item is refused, nothing is recorded and the 422 (`COM-BATCH`) "
                            + "lists every bad item in `errors` (`items[i]`, with the rule id, `CONFLICT` for a committee "
                            + "already recorded or given twice, or `NOT_FOUND` for an organization unknown or outside the "
                            + "caller's subtree). Supports `Idempotency-Key`.")
    @APIResponse(
            responseCode = "201",
            description = "Every item recorded.",
            content = @Content(schema = @Schema(implementation = FormCommitteesResponse.class)),
            extensions =
                    @Extension(
                            name = ApiConventionsFilter.NO_LOCATION,
                            value = "One committee per item is recorded and no one URL names them all: each item of "
                                    + "the answer has its id, read it with GET /committees/{id}."))
    public RestResponse<FormCommitteesResponse> formAll(@NotNull @Valid FormCommitteesRequest request) {
        var formed = committeeBatch.formAll(
                request.items().stream().map(CommitteeRequest::toDomain).toList());
        return RestResponse.ResponseBuilder.<FormCommitteesResponse>create(RestResponse.Status.CREATED)
                .entity(new FormCommitteesResponse(
                        formed.stream().map(CommitteeResponse::from).toList()))
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
    @Operation(
            operationId = "getCommittee",
            summary = "Read a committee",
            description = "One committee (cấp ủy) of an organization for a term, with its `ETag`, as `formCommittee` "
                    + "answered it. Every reader role may call it; a secretary only inside their own subtree (404 "
                    + "otherwise).")
    public RestResponse<CommitteeResponse> get(@PathParam("id") UUID id) {
        Committee c = service.committeeOf(id);
        return RestResponse.ResponseBuilder.ok(CommitteeResponse.from(c))
                .tag(ETags.of(c.version))
                .build();
    }

    @GET
    @Path("/{id}/positions")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
    @Operation(
            operationId = "listCommitteePositions",
            summary = "Positions on a committee, past and present",
            description = "Everyone who has held a position on the committee, with appointment, dates and end reason; "
                    + "positions still held have no `endsOn`. Every reader role may call it; a secretary only inside "
                    + "their own subtree (404 otherwise).")
    public List<PositionResponse> positions(@PathParam("id") UUID id) {
        return service.positionsOf(id).stream().map(PositionResponse::from).toList();
    }

    @POST
    @Path("/{id}/responsibilities/batch")
    @Operation(
            operationId = "assignResponsibilitiesInBatch",
            summary = "Assign a committee's members their fields of work and followed cells at once",
            description =
                    "The committee's division of work (phân công nhiệm vụ), as its first meeting of a term decides "
                            + "it, or as another system hands it over: up to 1,000 responsibilities, each of a position held "
                            + "on this committee, each checked as `assignResponsibility` checks one (its followed cell an "
                            + "active cell under the organization the committee leads) and recorded as it records one. Each "
                            + "position given responsibilities gets one new version and one ResponsibilityAssigned with all its "
                            + "responsibilities. All or nothing: if any item is refused, nothing is recorded and the 422 "
                            + "(`RESP-BATCH`) lists every bad item in `errors` (`items[i]`, with the rule id, or `NOT_FOUND` "
                            + "for a position not on this committee or a cell unknown). Supports `Idempotency-Key`.")
    @APIResponse(
            responseCode = "201",
            description = "Every item assigned.",
            content = @Content(schema = @Schema(implementation = AssignResponsibilitiesResponse.class)),
            extensions =
                    @Extension(
                            name = ApiConventionsFilter.NO_LOCATION,
                            value = "One responsibility per item is assigned and no one URL names them all: each item "
                                    + "of the answer has its id and its position's, read it with GET "
                                    + "/positions/{id}/responsibilities/{responsibilityId}."))
    @APIResponse(
            responseCode = "404",
            description = "The committee is unknown, or outside the caller's subtree.",
            content =
                    @Content(
                            mediaType = "application/problem+json",
                            schema = @Schema(ref = "#/components/schemas/Problem")))
    public RestResponse<AssignResponsibilitiesResponse> assignAll(
            @PathParam("id") UUID id, @NotNull @Valid AssignResponsibilitiesRequest request) {
        var assigned = responsibilityBatch.assignAll(
                id,
                request.items().stream()
                        .map(SeatResponsibilityRequest::toDomain)
                        .toList());
        return RestResponse.ResponseBuilder.<AssignResponsibilitiesResponse>create(RestResponse.Status.CREATED)
                .entity(new AssignResponsibilitiesResponse(
                        assigned.stream().map(ResponsibilityResponse::from).toList()))
                .build();
    }
}
