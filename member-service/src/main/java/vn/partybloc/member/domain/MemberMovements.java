package vn.partybloc.member.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * The recorded changes of members of a subtree during a period (domain rule 14), by kind; a change belongs to the
 * subtree when the cell it leaves or the cell it reaches lies in it.
 *
 * @param transferredIn members received from outside the Bloc, with their organization or on their own
 * @param transferredOut members who left the Bloc, with their organization or on their own
 * @param moves moves between cells of the Bloc: both cells in the subtree, or only the one reached, or only the one left
 */
public record MemberMovements(
        UUID organizationId,
        LocalDate from,
        LocalDate to,
        Map<MembershipChangeKind, Long> byKind,
        Transfers transferredIn,
        Transfers transferredOut,
        Moves moves) {

    public record Transfers(long withOrganization, long individually) {}

    public record Moves(long within, long in, long out) {}

    /** The kinds a movement report counts: every recorded kind but a plain update of a member's details. */
    public static boolean movement(MembershipChangeKind kind) {
        return kind != MembershipChangeKind.UPDATED;
    }
}
