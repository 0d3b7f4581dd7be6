package vn.partybloc.evaluation.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.evaluation.domain.ConfidenceVoteService;
import vn.partybloc.platform.validation.PlainText;
import vn.partybloc.platform.validation.Text;

@Schema(name = "ConfidenceVoteRequest", description = "A confidence-vote session.", example = """
                {
                  "organizationId": "3f6c2a1e-8b4d-4c7a-9e21-5d0b7a4c1f10",
                  "body": "Ban Chấp hành Đảng bộ Khối",
                  "votedOn": "2024-11-15",
                  "summoned": 33,
                  "present": 31,
                  "results": [
                    {
                      "memberId": "5a8c3d21-9e4f-4b6a-8c7d-2e1f0a9b8c61",
                      "positionTitle": "Bí thư",
                      "ballotsIssued": 31,
                      "ballotsReturned": 31,
                      "validBallots": 30,
                      "invalidBallots": 1,
                      "high": 25,
                      "trust": 4,
                      "low": 1
                    }
                  ]
                }""")
public record ConfidenceVoteRequest(
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
        List<@NotNull @Valid Ballots> results) {

    @AssertTrue(message = "{vn.partybloc.evaluation.vote.present-over-summoned}")
    @Schema(hidden = true)
    public boolean isPresentWithinSummoned() {
        return summoned == null || present == null || present <= summoned;
    }

    @Schema(name = "ConfidenceVoteBallots", description = "The ballots about one person.")
    public record Ballots(
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
}
