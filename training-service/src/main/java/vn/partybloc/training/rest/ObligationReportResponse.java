package vn.partybloc.training.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.training.domain.TrainingReports;

@Schema(
        name = "ObligationReport",
        description = "Coverage of the training obligations of newly added committee members, as "
                + "they stood at the end of `asOf`, against the target that 100% of them are trained.")
public record ObligationReportResponse(
        @Schema(description = "Root of the subtree.") UUID organizationId,

        @Schema(description = "Only positions started on or after this day; absent: all.", nullable = true)
        LocalDate from,

        @Schema(description = "Only positions started on or before this day; absent: all.", nullable = true)
        LocalDate to,

        @Schema(description = "The day the figures are for (default today, Asia/Ho_Chi_Minh).")
        LocalDate asOf,

        @Schema(description = "Obligations of positions started by `asOf`.")
        long total,

        @Schema(description = "Closed because the position ended before the due date; not counted against the target.")
        long closed,

        @Schema(description = "Whose due date had come (closed ones excluded).")
        long due,

        @Schema(description = "Fulfilled: trained in a matching course after taking the position.")
        long fulfilled,

        @Schema(description = "Fulfilled by the due date.") long fulfilledOnTime,

        @Schema(description = "Untrained past the due date.")
        long overdue,

        @Schema(description = "Untrained, not yet due.") long open,

        @Schema(
                description =
                        "fulfilled / (total − closed), in percent, one decimal; absent when there is nothing to train.",
                example = "96.5",
                nullable = true)
        BigDecimal shareTrained,

        @Schema(description = "The target share, percent.", example = "100")
        BigDecimal targetShare,

        @Schema(description = "True when the share meets the target.")
        boolean targetMet) {

    static ObligationReportResponse from(TrainingReports.Obligations o) {
        return new ObligationReportResponse(
                o.organizationId(),
                o.from(),
                o.to(),
                o.asOf(),
                o.total(),
                o.closed(),
                o.due(),
                o.fulfilled(),
                o.fulfilledOnTime(),
                o.overdue(),
                o.open(),
                o.shareTrained(),
                o.targetShare(),
                o.targetMet());
    }
}
