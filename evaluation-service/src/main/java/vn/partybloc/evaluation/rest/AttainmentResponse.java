package vn.partybloc.evaluation.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.evaluation.domain.Attainment;
import vn.partybloc.evaluation.domain.Level;
import vn.partybloc.evaluation.domain.SubjectKind;
import vn.partybloc.evaluation.domain.TargetComparison;
import vn.partybloc.evaluation.domain.TargetMetric;

@Schema(
        name = "Attainment",
        description = "Ratings of a subtree in one cycle against the targets, with the excellent cap "
                + "checked per grassroots organization and the subjects not yet rated.")
public record AttainmentResponse(
        @Schema(description = "Root of the subtree.") UUID organizationId,

        @Schema(description = "The cycle reported; null when no cycle of that year is recorded.", nullable = true)
        UUID cycleId,

        @Schema(description = "The cycle's year.", example = "2024")
        int year,

        @Schema(description = "Ratings decided on or before this date count.")
        LocalDate asOf,

        @Schema(description = "The rule set in force for the cycle.")
        RuleSetRef ruleSet,

        @Schema(description = "Per subject kind: subjects, ratings by level, shares.")
        List<KindFigures> subjects,

        @Schema(description = "Each target, met or missed, with the gap in percentage points.")
        List<TargetResult> targets,

        @Schema(description = "The excellent cap of domain rule 10, per grassroots organization.")
        CapCheck cap,

        @Schema(description = "Subjects not yet rated, up to `unratedLimit`.")
        List<Unrated> notRated,

        @Schema(description = "True when `notRated` was cut at `unratedLimit`.")
        boolean notRatedTruncated) {

    static AttainmentResponse from(Attainment a) {
        return new AttainmentResponse(
                a.organizationId(),
                a.cycleId(),
                a.year(),
                a.asOf(),
                a.ruleSet() == null ? null : RuleSetRef.from(a.ruleSet()),
                a.subjects().stream().map(KindFigures::from).toList(),
                a.targets().stream().map(TargetResult::from).toList(),
                CapCheck.from(a.cap()),
                a.notRated().stream().map(Unrated::from).toList(),
                a.notRatedTruncated());
    }

    @Schema(name = "AttainmentRuleSet", description = "A rule set, briefly.")
    public record RuleSetRef(
            @Schema(description = "Id.") UUID id,
            @Schema(description = "Code.") String code,
            @Schema(description = "Source documents.") String documents,

            @Schema(description = "Whether ratings carry a score.")
            boolean usesScore) {

        static RuleSetRef from(Attainment.RuleSetRef r) {
            return new RuleSetRef(r.id(), r.code(), r.documents(), r.usesScore());
        }
    }

    @Schema(name = "AttainmentKindFigures", description = "The figures of one subject kind.")
    public record KindFigures(
            @Schema(description = "Subject kind.") SubjectKind subjectKind,

            @Schema(description = "Subjects that should be rated (from the replicas) or were rated.")
            int subjects,

            @Schema(description = "Subjects with a decided rating.")
            int rated,

            @Schema(description = "Subjects without one.") int notRated,
            @Schema(description = "Ratings per level.") Map<Level, Integer> byLevel,

            @Schema(description = "Percent of rated at least complete.", nullable = true)
            BigDecimal atLeastCompletePercent,

            @Schema(description = "Percent of rated at least good.", nullable = true)
            BigDecimal atLeastGoodPercent,

            @Schema(description = "Percent of rated excellent.", nullable = true)
            BigDecimal excellentPercent) {

        static KindFigures from(Attainment.KindFigures f) {
            return new KindFigures(
                    f.subjectKind(),
                    f.subjects(),
                    f.rated(),
                    f.notRated(),
                    f.byLevel(),
                    f.atLeastCompletePercent(),
                    f.atLeastGoodPercent(),
                    f.excellentPercent());
        }
    }

    @Schema(name = "AttainmentTarget", description = "A target and how the ratings measure against it.")
    public record TargetResult(
            @Schema(description = "The target.") UUID targetId,

            @Schema(description = "Where it was set: a subtree root, or absent for the whole Bloc.", nullable = true)
            UUID setForOrganizationId,

            @Schema(description = "Which subjects.") SubjectKind subjectKind,
            @Schema(description = "What is counted.") TargetMetric metric,
            @Schema(description = "How the share compares.") TargetComparison comparison,
            @Schema(description = "The target percent.") BigDecimal percent,

            @Schema(
                    description = "The share reached, percent of those rated; absent when none was rated.",
                    nullable = true)
            BigDecimal actualPercent,

            @Schema(description = "Whether the target is met.")
            boolean met,

            @Schema(
                    description = "Percentage points beyond (positive) or short of (negative) the target.",
                    nullable = true)
            BigDecimal gap) {

        static TargetResult from(Attainment.TargetResult t) {
            return new TargetResult(
                    t.targetId(),
                    t.setForOrganizationId(),
                    t.subjectKind(),
                    t.metric(),
                    t.comparison(),
                    t.percent(),
                    t.actualPercent(),
                    t.met(),
                    t.gap());
        }
    }

    @Schema(
            name = "AttainmentCapCheck",
            description = "Excellent may be at most capPercent of those rated good or better within "
                    + "one grassroots organization (members, and the organizations under it).")
    public record CapCheck(
            @Schema(
                    description =
                            "The cap of the rule set; absent when the rule set sets none (then nothing is checked).",
                    nullable = true)
            BigDecimal capPercent,

            @Schema(description = "Grassroots organizations checked.")
            int organizationsChecked,

            @Schema(description = "Where the cap is exceeded.")
            List<CapViolation> violations) {

        static CapCheck from(Attainment.CapCheck c) {
            return new CapCheck(
                    c.capPercent(),
                    c.organizationsChecked(),
                    c.violations().stream().map(CapViolation::from).toList());
        }
    }

    @Schema(
            name = "AttainmentCapViolation",
            description = "A grassroots organization with more excellent ratings than the cap allows.")
    public record CapViolation(
            @Schema(description = "The grassroots organization.")
            UUID organizationId,

            @Schema(description = "Its code.") String code,
            @Schema(description = "Its name.") String name,

            @Schema(description = "Members, or the organizations under it.")
            SubjectKind subjectKind,

            @Schema(description = "Rated excellent.") int excellent,

            @Schema(description = "Rated good (excellent not included).")
            int good,

            @Schema(description = "The most excellent ratings the cap allows.")
            int allowedExcellent) {

        static CapViolation from(Attainment.CapViolation v) {
            return new CapViolation(
                    v.organizationId(),
                    v.code(),
                    v.name(),
                    v.subjectKind(),
                    v.excellent(),
                    v.good(),
                    v.allowedExcellent());
        }
    }

    @Schema(name = "AttainmentUnrated", description = "A subject without a decided rating.")
    public record Unrated(
            @Schema(description = "Subject kind.") SubjectKind subjectKind,
            @Schema(description = "The subject.") UUID subjectId,

            @Schema(description = "Its name (a host unit: the unit's name).")
            String name,

            @Schema(description = "The unit it belongs to.") UUID organizationId) {

        static Unrated from(Attainment.Unrated u) {
            return new Unrated(u.subjectKind(), u.subjectId(), u.name(), u.organizationId());
        }
    }
}
