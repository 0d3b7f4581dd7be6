package vn.partybloc.organization.domain;

import java.time.LocalDate;
import java.util.Map;

/**
 * Structural changes of a subtree that took effect in a period, each change counted once: by kind, by kind and the type
 * of the organization it is about (the subject; a split's source; a merge's target), and the organizations each kind
 * carried along (a transferred or merged organization's descendants and children), which are not changes of their own.
 */
public record StructuralChangeCounts(
        LocalDate from,
        LocalDate to,
        Map<ChangeKind, Long> byKind,
        Map<ChangeKind, Map<OrganizationType, Long>> byKindAndType,
        Map<ChangeKind, Long> carriedAlong) {

    /** The kinds a period report counts: every recorded kind but a plain update, which changes no structure. */
    public static boolean structural(ChangeKind kind) {
        return kind != ChangeKind.UPDATE;
    }

    public long total() {
        return byKind.values().stream().mapToLong(Long::longValue).sum();
    }
}
