package vn.partybloc.member.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * Members and committee members of the subtree of {@code organizationId} at the end of {@code asOf}: statuses and membership
 * kinds follow the recorded history, qualifications are as recorded now.
 */
public record MemberStatistics(
        UUID organizationId,
        LocalDate asOf,
        Members members,
        CommitteeMembers committeeMembers,
        GrassrootsCommitteeMembers grassrootsCommitteeMembers) {

    /**
     * All members recorded, any status, with their counts by status; membership kinds and the free-text qualifications
     * of those on the register.
     */
    public record Members(
            long total,
            Map<String, Long> byStatus,
            Map<String, Long> byKind,
            QualificationLevels stateManagement,
            QualificationLevels foreignLanguage,
            QualificationLevels itSkill) {}

    /** Distinct committee members; positions held by position; qualifications; shares in percent, two decimals. */
    public record CommitteeMembers(
            long total,
            Map<String, Long> byPosition,
            Map<String, Long> byDegree,
            Map<String, Long> byAcademicTitle,
            Map<String, Long> byPoliticalTheory,
            double doctorShare,
            double masterShare) {}

    /**
     * Distinct people holding a seat on the day on a grassroots organization's own committee: the executive committee of
     * a grassroots committee or the cell committee of a grassroots cell. Shares in percent, two decimals.
     */
    public record GrassrootsCommitteeMembers(
            long total,
            Map<String, Long> byPosition,
            Map<String, Long> byDegree,
            Map<String, Long> byAcademicTitle,
            Map<String, Long> byPoliticalTheory,
            double doctorShare,
            double masterShare,
            QualificationLevels stateManagement,
            QualificationLevels foreignLanguage,
            QualificationLevels itSkill,
            long secretaries,
            long secretariesHeadingHostUnit,
            double secretariesHeadingHostUnitShare,
            Map<String, PositionStandard> standard,
            long meetingStandard,
            double meetingStandardShare,
            Map<String, Long> byAgeBand,
            long women,
            double womenShare) {}

    /** The configured qualification standard of a position; null where the position requires nothing of that kind. */
    public record PositionStandard(PoliticalTheory minPoliticalTheory, Degree minDegree) {}
}
