package vn.partybloc.training.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The figures of the training reports. */
public final class TrainingReports {

    private TrainingReports() {}

    /**
     * Courses and people trained by topic, for a subtree and a period ({@code from}, {@code to}: null for all time),
     * completions counted up to {@code asOf} (null: now); every topic listed.
     */
    public record Topics(
            UUID organizationId,
            LocalDate from,
            LocalDate to,
            LocalDate asOf,
            List<TopicFigures> topics,
            Totals totals) {}

    /** Courses, distinct people trained, and completions (a person trained twice counts twice). */
    public record TopicFigures(CourseTopic topic, long courses, long attendees, long completions) {}

    public record Totals(long courses, long attendees, long completions) {}

    /**
     * Coverage of new committee members' training obligations as they stood at the end of {@code asOf}; closed ones do
     * not count against the target. {@code shareTrained} is null when there is nothing to train.
     */
    public record Obligations(
            UUID organizationId,
            LocalDate from,
            LocalDate to,
            LocalDate asOf,
            long total,
            long closed,
            long due,
            long fulfilled,
            long fulfilledOnTime,
            long overdue,
            long open,
            BigDecimal shareTrained,
            BigDecimal targetShare,
            boolean targetMet) {}
}
