package vn.partybloc.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.partybloc.evaluation.domain.ConfidenceVoteService;
import vn.partybloc.evaluation.domain.OrganizationScope;
import vn.partybloc.kernel.ApiTexts;
import vn.partybloc.kernel.Roles;
import vn.partybloc.platform.validation.Text;
import vn.partybloc.platform.web.ETags;
import vn.partybloc.platform.web.Page;
import vn.partybloc.platform.web.PageRequest;

@Path("/api/v1/confidence-votes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Confidence votes", description = "Lấy phiếu tín nhiệm under QĐ 96-QĐ/TW (domain rule 12).")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER})
public class ConfidenceVoteResource {

    private final ConfidenceVoteService service;
    private final OrganizationScope scope;

    public ConfidenceVoteResource(ConfidenceVoteService service, OrganizationScope scope) {
        this.scope = scope;
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.SECRETARY})
    @Operation(
            operationId = "listConfidenceVotes",
            summary = "Confidence votes held in a subtree, newest first",
            description =
                    "Votes (lấy phiếu tín nhiệm) of the organizations in the subtree of `organizationId` (default: "
                            + "the caller's scope root), optionally of one year, paged. Sensitive personnel data: for an admin, "
                            + "organizer or inspector, and a secretary for their own subtree (404 otherwise).")
    @APIResponse(responseCode = "200", description = "A page of confidence votes.")
    @APIResponse(
            responseCode = "404",
            description = "The organization is unknown or outside the caller's subtree.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Page<ConfidenceVoteResponse> list(
            @Parameter(description = ApiTexts.SUBTREE_ROOT) @QueryParam("organizationId") UUID organizationId,
            @Parameter(description = "Only votes of this year.") @QueryParam("year") @Min(2000) @Max(2200) Integer year,
            @Valid @BeanParam PageRequest page) {
        return Pages.of(
                service.of(scope.subtreeRoot(organizationId), year), page, "votedOn", ConfidenceVoteResponse::from);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.SECRETARY})
    @Operation(
            operationId = "getConfidenceVote",
            summary = "Read a confidence vote with its results and flags",
            description =
                    "The vote with its results per person, the session's validity and the computed flags, and its "
                            + "`ETag`. Sensitive personnel data: for an admin, organizer or inspector, and a secretary inside "
                            + "their own subtree (404 otherwise).")
    public RestResponse<ConfidenceVoteResponse> get(@PathParam("id") UUID id) {
        ConfidenceVoteService.Recorded r = service.get(id);
        return RestResponse.ResponseBuilder.ok(ConfidenceVoteResponse.from(r))
                .tag(ETags.of(r.vote().version))
                .build();
    }

    @POST
    @Operation(
            operationId = "recordConfidenceVote",
            summary = "Record a confidence-vote session and its ballots",
            description =
                    "The session is valid only if at least two thirds of those summoned are present. Shares use ballots "
                            + "returned as the base; over half `LOW` (under two thirds) flags REMOVE_FROM_PLANNING, two thirds or more "
                            + "flags DISMISSAL. Counts must add up (`CV-COUNTS`). Publishes ConfidenceVoteRecorded.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded; `Location` names it.",
            content = @Content(schema = @Schema(implementation = ConfidenceVoteResponse.class)))
    public RestResponse<ConfidenceVoteResponse> record(
            @NotNull @Valid ConfidenceVoteRequest request, @Context UriInfo uri) {
        ConfidenceVoteService.Recorded r = service.record(
                request.organizationId(),
                Text.nfc(request.body()),
                request.votedOn(),
                request.summoned(),
                request.present(),
                Text.nfc(request.note()),
                request.results().stream()
                        .map(ConfidenceVoteRequest.Ballots::toDomain)
                        .toList());
        return RestResponse.ResponseBuilder.<ConfidenceVoteResponse>created(uri.getAbsolutePathBuilder()
                        .path(r.vote().id.toString())
                        .build())
                .tag(ETags.of(r.vote().version))
                .entity(ConfidenceVoteResponse.from(r))
                .build();
    }
}
