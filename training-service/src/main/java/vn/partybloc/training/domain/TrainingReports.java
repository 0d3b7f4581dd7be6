package vn.partybloc.training.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The shapes of the training reports. */
public final class TrainingReports {

    private TrainingReports() {}

    @Schema(
            name = "TopicReport",
            description = "Courses and people trained by topic, for a subtree and period. A course counts when "
                    + "it starts in the period and is organized in the subtree or trained a member of it; a person counts when they "
                    + "completed it (result other than FAILED) by `asOf`, as a member of a cell of the subtree.")
    public record Topics(
            @Schema(description = "Root of the subtree.") UUID organizationId,

            @Schema(description = "First day of the period (courses starting on or after it); absent: all time.")
            LocalDate from,

            @Schema(description = "Last day of the period (courses starting on or before it); absent: all time.")
            LocalDate to,

            @Schema(description = "Completions recorded up to the end of this day; absent: up to now.")
            LocalDate asOf,

            @Schema(description = "One row per topic, every topic listed.")
            List<TopicFigures> topics,

            @Schema(description = "All topics together.") Totals totals) {}

    @Schema(name = "TopicFigures", description = "The figures of one topic.")
    public record TopicFigures(
            @Schema(description = "Topic.") CourseTopic topic,

            @Schema(description = "Courses (lớp).", example = "4")
            long courses,

            @Schema(description = "Distinct people trained (đồng chí).", example = "1063")
            long attendees,

            @Schema(description = "Completions (a person trained twice counts twice).", example = "1063")
            long completions) {}

    @Schema(name = "TopicTotals", description = "All topics together.")
    public record Totals(
            @Schema(description = "Courses.") long courses,

            @Schema(description = "Distinct people trained in any topic.")
            long attendees,

            @Schema(description = "Completions.") long completions) {}

    @Schema(
            name = "ObligationReport",
            description = "Coverage of the training obligations of newly added committee members, as "
                    + "they stood at the end of `asOf`, against the target that 100% of them are trained.")
    public record Obligations(
            @Schema(description = "Root of the subtree.") UUID organizationId,

            @Schema(description = "Only positions started on or after this day; absent: all.")
            LocalDate from,

            @Schema(description = "Only positions started on or before this day; absent: all.")
            LocalDate to,

            @Schema(description = "The day the figures are for (default today, Asia/Ho_Chi_Minh).")
            LocalDate asOf,

            @Schema(description = "Obligations of positions started by `asOf`.")
            long total,

            @Schema(
                    description =
                            "Closed because the position ended before the due date; not counted against the target.")
            long closed,

            @Schema(description = "Whose due date had come (closed ones excluded).")
            long due,

            @Schema(description = "Fulfilled: trained in a matching course after taking the position.")
            long fulfilled,

            @Schema(description = "Fulfilled by the due date.")
            long fulfilledOnTime,

            @Schema(description = "Untrained past the due date.")
            long overdue,

            @Schema(description = "Untrained, not yet due.") long open,

            @Schema(
                    description =
                            "fulfilled / (total − closed), in percent, one decimal; absent when there is nothing to train.",
                    example = "96.5")
            BigDecimal shareTrained,

            @Schema(description = "The target share, percent.", example = "100")
            BigDecimal targetShare,

            @Schema(description = "True when the share meets the target.")
            boolean targetMet) {}
}
