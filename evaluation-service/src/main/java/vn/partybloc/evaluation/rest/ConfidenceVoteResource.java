package vn.partybloc.evaluation.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partybloc.evaluation.domain.ConfidenceVoteService;
import vn.partybloc.evaluation.domain.VoteFlag;
import vn.partybloc.evaluation.domain.VoteResult;
import vn.partybloc.platform.security.Roles;
import vn.partybloc.platform.validation.PlainText;
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

    public ConfidenceVoteResource(ConfidenceVoteService service) {
        this.service = service;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
    @Operation(operationId = "listConfidenceVotes", summary = "Confidence votes held in a subtree, newest first")
    @APIResponse(
            responseCode = "404",
            description = "The organization is unknown or outside the caller's subtree.",
            content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "Problem")))
    public Page<VoteResponse> list(
            @Parameter(description = "Root of the subtree.", required = true) @QueryParam("orgId") @NotNull UUID orgId,
            @Parameter(description = "Only votes of this year.") @QueryParam("year") @Min(2000) @Max(2200) Integer year,
            @Valid @BeanParam PageRequest page) {
        return Pages.of(service.of(orgId, year), page, "votedOn", VoteResponse::from);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
    @Operation(operationId = "getConfidenceVote", summary = "Read a confidence vote with its results and flags")
    public Response get(@PathParam("id") UUID id) {
        ConfidenceVoteService.Recorded r = service.get(id);
        return Response.ok(VoteResponse.from(r)).tag(ETags.of(r.vote().version)).build();
    }

    @POST
    @Operation(
            operationId = "recordConfidenceVote",
            summary = "Record a confidence-vote session and its ballots",
            description =
                    "The session is valid only if at least two thirds of those summoned are present. Shares use ballots "
                            + "returned as the base; over half `LOW` (under two thirds) flags REMOVE_FROM_PLANNING, two thirds or more "
                            + "flags DISMISSAL. Counts must add up (`CV-COUNTS`). Publishes ConfidenceVoteRecorded.")
    @APIResponse(responseCode = "201", description = "Recorded; `Location` names it.")
    public Response record(@NotNull @Valid VoteRequest request, @Context UriInfo uri) {
        ConfidenceVoteService.Recorded r = service.record(
                request.organizationId(),
                Text.nfc(request.body()),
                request.votedOn(),
                request.summoned(),
                request.present(),
                Text.nfc(request.note()),
                request.results().stream().map(PersonBallots::toDomain).toList());
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(r.vote().id.toString())
                        .build())
                .tag(ETags.of(r.vote().version))
                .entity(VoteResponse.from(r))
                .build();
    }

    @Schema(name = "ConfidenceVoteRequest", description = "A confidence-vote session.")
    public record VoteRequest(
            @Schema(description = "The organization whose body voted.") @NotNull
            UUID organizationId,

            @Schema(description = "The voting body.", example = "Ban Chấp hành Đảng bộ Khối", maxLength = 300)
            @NotBlank
            @Size(max = 300)
            @PlainText
            String body,

            @Schema(description = "Date of the vote.", example = "2024-11-15") @NotNull
            LocalDate votedOn,

            @Schema(description = "People summoned.", example = "33") @NotNull @Min(1) @Max(100000)
            Integer summoned,

            @Schema(description = "People present.", example = "31") @NotNull @Min(0) @Max(100000)
            Integer present,

            @Schema(description = "Remarks.", maxLength = 2000) @Size(max = 2000) @PlainText.Multiline
            String note,

            @Schema(description = "Ballots per person voted on, 1 to 500.") @NotEmpty @Size(max = 500)
            List<@NotNull @Valid PersonBallots> results) {

        @AssertTrue(message = "present must not exceed summoned")
        @Schema(hidden = true)
        public boolean isPresentWithinSummoned() {
            return summoned == null || present == null || present <= summoned;
        }
    }

    @Schema(name = "ConfidenceVoteBallots", description = "The ballots about one person.")
    public record PersonBallots(
            @Schema(description = "The member voted on.") @NotNull
            UUID memberId,

            @Schema(description = "Their post.", example = "Bí thư", maxLength = 200) @Size(max = 200) @PlainText
            String positionTitle,

            @Schema(description = "Ballots issued.") @NotNull @Min(0) @Max(100000)
            Integer ballotsIssued,

            @Schema(description = "Ballots returned.") @NotNull @Min(0) @Max(100000)
            Integer ballotsReturned,

            @Schema(description = "Valid ballots.") @NotNull @Min(0) @Max(100000)
            Integer validBallots,

            @Schema(description = "Invalid ballots.") @NotNull @Min(0) @Max(100000)
            Integer invalidBallots,

            @Schema(description = "Tín nhiệm cao.") @NotNull @Min(0) @Max(100000)
            Integer high,

            @Schema(description = "Tín nhiệm.") @NotNull @Min(0) @Max(100000)
            Integer trust,

            @Schema(description = "Tín nhiệm thấp.") @NotNull @Min(0) @Max(100000)
            Integer low) {

        ConfidenceVoteService.Ballots toDomain() {
            return new ConfidenceVoteService.Ballots(
                    memberId,
                    Text.nfc(positionTitle),
                    ballotsIssued,
                    ballotsReturned,
                    validBallots,
                    invalidBallots,
                    high,
                    trust,
                    low);
        }
    }

    @Schema(name = "ConfidenceVote", description = "A confidence-vote session with its results.")
    public record VoteResponse(
            @Schema(description = "Id.") UUID id,
            @Schema(description = "The organization.") UUID organizationId,
            @Schema(description = "The voting body.") String body,
            @Schema(description = "Date.") LocalDate votedOn,
            @Schema(description = "Summoned.") int summoned,
            @Schema(description = "Present.") int present,

            @Schema(description = "At least two thirds present.")
            boolean valid,

            @Schema(description = "Remarks.") String note,
            @Schema(description = "Per person.") List<PersonResult> results,
            @Schema(description = "Version; also the ETag.") long version) {

        static VoteResponse from(ConfidenceVoteService.Recorded r) {
            var v = r.vote();
            return new VoteResponse(
                    v.id,
                    v.organizationId,
                    v.body,
                    v.votedOn,
                    v.summoned,
                    v.present,
                    v.valid,
                    v.note,
                    r.results().stream().map(PersonResult::from).toList(),
                    v.version);
        }
    }

    @Schema(
            name = "ConfidenceVoteResult",
            description = "The result about one person; shares are percent of ballots returned.")
    public record PersonResult(
            @Schema(description = "The member voted on.") UUID memberId,
            @Schema(description = "Their post.") String positionTitle,
            @Schema(description = "Ballots issued.") int ballotsIssued,

            @Schema(description = "Ballots returned: the base of the shares.")
            int ballotsReturned,

            @Schema(description = "Valid ballots.") int validBallots,
            @Schema(description = "Invalid ballots.") int invalidBallots,
            @Schema(description = "Tín nhiệm cao.") int high,
            @Schema(description = "Tín nhiệm.") int trust,
            @Schema(description = "Tín nhiệm thấp.") int low,
            @Schema(description = "Percent high.") BigDecimal highPercent,
            @Schema(description = "Percent trust.") BigDecimal trustPercent,
            @Schema(description = "Percent low.") BigDecimal lowPercent,

            @Schema(description = "Consequence: none, out of planning (> 50% low), dismissal (≥ 2/3 low).")
            VoteFlag flag) {

        static PersonResult from(VoteResult r) {
            return new PersonResult(
                    r.memberId,
                    r.positionTitle,
                    r.ballotsIssued,
                    r.ballotsReturned,
                    r.validBallots,
                    r.invalidBallots,
                    r.high,
                    r.trust,
                    r.low,
                    share(r.high, r.ballotsReturned),
                    share(r.trust, r.ballotsReturned),
                    share(r.low, r.ballotsReturned),
                    r.flag);
        }

        private static BigDecimal share(int part, int base) {
            return base == 0
                    ? null
                    : BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(base), 2, RoundingMode.HALF_UP);
        }
    }
}
