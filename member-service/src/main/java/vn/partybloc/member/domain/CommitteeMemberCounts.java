package vn.partybloc.member.domain;

import java.util.Map;

/** Distinct committee members counted by degree, academic title and political theory ({@code UNKNOWN} when none). */
public record CommitteeMemberCounts(
        Map<String, Long> byDegree, Map<String, Long> byAcademicTitle, Map<String, Long> byPoliticalTheory) {}
