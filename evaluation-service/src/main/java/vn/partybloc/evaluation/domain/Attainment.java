package vn.partybloc.evaluation.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Ratings of a subtree in one cycle against the targets, with the excellent cap checked per grassroots organization and
 * the subjects not yet rated. {@code cycleId} and {@code ruleSet} are null when no cycle or rule set is recorded.
 */
public record Attainment(
        UUID organizationId,
        UUID cycleId,
        int year,
        LocalDate asOf,
        RuleSetRef ruleSet,
        List<KindFigures> subjects,
        List<TargetResult> targets,
        CapCheck cap,
        List<Unrated> notRated,
        boolean notRatedTruncated) {

    public record RuleSetRef(UUID id, String code, String documents, boolean usesScore) {}

    /** Subjects that should be or were rated, ratings per level, and the shares of those rated. */
    public record KindFigures(
            SubjectKind subjectKind,
            int subjects,
            int rated,
            int notRated,
            Map<Level, Integer> byLevel,
            BigDecimal atLeastCompletePercent,
            BigDecimal atLeastGoodPercent,
            BigDecimal excellentPercent) {}

    /** A target and the share reached (null when none was rated); the gap in percentage points. */
    public record TargetResult(
            UUID targetId,
            UUID setForOrganizationId,
            SubjectKind subjectKind,
            TargetMetric metric,
            TargetComparison comparison,
            BigDecimal percent,
            BigDecimal actualPercent,
            boolean met,
            BigDecimal gap) {}

    /** The excellent cap of domain rule 10 (null: none, nothing checked) and where it is exceeded. */
    public record CapCheck(BigDecimal capPercent, int organizationsChecked, List<CapViolation> violations) {}

    public record CapViolation(
            UUID organizationId,
            String code,
            String name,
            SubjectKind subjectKind,
            int excellent,
            int good,
            int allowedExcellent) {}

    public record Unrated(SubjectKind subjectKind, UUID subjectId, String name, UUID organizationId) {}
}
