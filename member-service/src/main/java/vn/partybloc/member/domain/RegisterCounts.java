package vn.partybloc.member.domain;

import java.util.List;
import java.util.Map;

/**
 * The register of a subtree counted: all members by status ({@code UNKNOWN} when none), and the members on the
 * register (active or exempt) by kind and by what they recorded for each qualification.
 */
public record RegisterCounts(
        Map<String, Long> byStatus,
        Map<String, Long> onTheRegisterByKind,
        Map<QualificationKind, List<RecordedQualification>> qualifications) {}
