package vn.partybloc.member.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.member.domain.SuccessionReport;

@Schema(name = "SuccessionShares", description = "Candidates still planned, and how many of them are women and young.")
public record SuccessionSharesResponse(
        long planned,
        long women,
        long young,
        @Schema(description = "Percent, two decimals.") double womenShare,
        @Schema(description = "Percent, two decimals.") double youngShare,

        @Schema(description = "Removed from the plan (kept for the record).")
        long removed,

        @Schema(
                description = "Still planned but flagged by a confidence vote or a discipline decision: the "
                        + "organizer decides whether to remove them.")
        long flagged) {

    static SuccessionSharesResponse from(SuccessionReport.Shares s) {
        return new SuccessionSharesResponse(
                s.planned(), s.women(), s.young(), s.womenShare(), s.youngShare(), s.removed(), s.flagged());
    }
}
