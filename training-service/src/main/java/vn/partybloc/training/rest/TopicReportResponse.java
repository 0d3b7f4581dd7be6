package vn.partybloc.training.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.training.domain.CourseTopic;
import vn.partybloc.training.domain.TrainingReports;

@Schema(
        name = "TopicReport",
        description = "Courses and people trained by topic, for a subtree and period. A course counts when "
                + "it starts in the period and is organized in the subtree or trained a member of it; a person counts when they "
                + "completed it (result other than FAILED) by `asOf`, as a member of a cell of the subtree.")
public record TopicReportResponse(
        @Schema(description = "Root of the subtree.") UUID organizationId,

        @Schema(
                description = "First day of the period (courses starting on or after it); absent: all time.",
                nullable = true)
        LocalDate from,

        @Schema(
                description = "Last day of the period (courses starting on or before it); absent: all time.",
                nullable = true)
        LocalDate to,

        @Schema(description = "Completions recorded up to the end of this day; absent: up to now.", nullable = true)
        LocalDate asOf,

        @Schema(description = "One row per topic, every topic listed.")
        List<TopicFigures> topics,

        @Schema(description = "All topics together.") Totals totals) {

    static TopicReportResponse from(TrainingReports.Topics t) {
        return new TopicReportResponse(
                t.organizationId(),
                t.from(),
                t.to(),
                t.asOf(),
                t.topics().stream()
                        .map(f -> new TopicFigures(f.topic(), f.courses(), f.attendees(), f.completions()))
                        .toList(),
                new Totals(
                        t.totals().courses(), t.totals().attendees(), t.totals().completions()));
    }

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
}
