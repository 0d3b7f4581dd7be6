package vn.partybloc.member.domain;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which members to list: text, an organization (or its subtree), a secretary's scope, statuses, kinds, degrees, the
 * committees and positions they hold, the probationary members whose probation ends within a number of days of the day
 * (or has ended without a decision), and the date whose register to read ({@code asOf}; null for today's).
 */
public record MemberFilter(
        String q,
        String organizationPath,
        boolean includeDescendants,
        String scopePath,
        Set<MemberStatus> statuses,
        Set<MembershipKind> kinds,
        Set<Degree> degrees,
        Set<CommitteeKind> committeeKinds,
        Set<PositionKind> positions,
        LocalDate asOf,
        Integer probationEndingWithinDays) {

    public MemberFilter withScope(String path) {
        return new MemberFilter(
                q,
                organizationPath,
                includeDescendants,
                path,
                statuses,
                kinds,
                degrees,
                committeeKinds,
                positions,
                asOf,
                probationEndingWithinDays);
    }

    public MemberFilter withOrganization(String path) {
        return new MemberFilter(
                q,
                path,
                includeDescendants,
                scopePath,
                statuses,
                kinds,
                degrees,
                committeeKinds,
                positions,
                asOf,
                probationEndingWithinDays);
    }

    /** Only members holding, on the day, a position of these kinds or on a committee of these kinds. */
    public boolean holdingPositions() {
        return !committeeKinds.isEmpty() || !positions.isEmpty();
    }
}
