package vn.partybloc.member.domain;

import java.util.List;
import java.util.UUID;

/**
 * Candidates planned per position of a subtree's plans for a term, with the shares of women and of young people
 * (domain rule 13: reported against the targets, never enforced). {@code total} counts a person planned for two
 * positions twice.
 */
public record SuccessionReport(
        UUID organizationId, Integer termStartYear, List<Line> plans, Shares total, Targets targets) {

    public record Line(
            UUID planId,
            UUID organizationId,
            CommitteeKind committeeKind,
            PositionKind position,
            int termStartYear,
            int termEndYear,
            Shares candidates) {}

    /**
     * Candidates still planned, how many are women and young (shares in percent, two decimals), removed ones, and the
     * planned ones flagged by a confidence vote or a discipline decision for the organizer's decision.
     */
    public record Shares(
            long planned, long women, long young, double womenShare, double youngShare, long removed, long flagged) {}

    /** Young means younger than {@code youngUnder} on 1 January of the term's first year; shares in percent. */
    public record Targets(int youngUnder, double youngShare, double womenShare, boolean youngMet, boolean womenMet) {}
}
