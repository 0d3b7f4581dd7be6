package vn.partybloc.member.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * Members and committee members of the subtree of {@code organizationId} at the end of {@code asOf}: statuses and membership
 * kinds follow the recorded history, qualifications are as recorded now.
 */
public record MemberStatistics(
        UUID organizationId, LocalDate asOf, Members members, CommitteeMembers committeeMembers) {

    /** All members recorded, any status, with their counts by status and by membership kind. */
    public record Members(long total, Map<String, Long> byStatus, Map<String, Long> byKind) {}

    /** Distinct committee members; positions held by position; qualifications; shares in percent, two decimals. */
    public record CommitteeMembers(
            long total,
            Map<String, Long> byPosition,
            Map<String, Long> byDegree,
            Map<String, Long> byAcademicTitle,
            Map<String, Long> byPoliticalTheory,
            double doctorShare,
            double masterShare) {}
}
