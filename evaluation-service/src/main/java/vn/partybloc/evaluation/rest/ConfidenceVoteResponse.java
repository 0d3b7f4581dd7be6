package vn.partybloc.evaluation.rest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.evaluation.domain.ConfidenceVoteService;
import vn.partybloc.evaluation.domain.VoteFlag;
import vn.partybloc.evaluation.domain.VoteResult;

@Schema(name = "ConfidenceVote", description = "A confidence-vote session with its results.")
public record ConfidenceVoteResponse(
        @Schema(description = "Id.") UUID id,
        @Schema(description = "The organization.") UUID organizationId,
        @Schema(description = "The voting body.") String body,
        @Schema(description = "Date.") LocalDate votedOn,
        @Schema(description = "Summoned.") int summoned,
        @Schema(description = "Present.") int present,

        @Schema(description = "At least two thirds present.")
        boolean valid,

        @Schema(description = "Remarks.", nullable = true) String note,
        @Schema(description = "Per person.") List<Result> results,
        @Schema(description = "Version; also the ETag.") long version) {

    static ConfidenceVoteResponse from(ConfidenceVoteService.Recorded r) {
        var v = r.vote();
        return new ConfidenceVoteResponse(
                v.id,
                v.organizationId,
                v.body,
                v.votedOn,
                v.summoned,
                v.present,
                v.valid,
                v.note,
                r.results().stream().map(Result::from).toList(),
                v.version);
    }

    @Schema(
            name = "ConfidenceVoteResult",
            description = "The result about one person; shares are percent of ballots returned.")
    public record Result(
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

        static Result from(VoteResult r) {
            return new Result(
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
