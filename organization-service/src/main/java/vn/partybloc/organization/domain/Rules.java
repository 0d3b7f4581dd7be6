package vn.partybloc.organization.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import vn.partybloc.platform.web.ProblemException;
import vn.partybloc.platform.web.ProblemMessage;

/**
 * The domain rules this service enforces: their ids (a 422 problem names one in its {@code rule} field) and the checks
 * that refuse a change breaking one.
 */
public final class Rules {

    /** Domain rule 3: which types may sit under which. */
    public static final String ALLOWED_PARENT = "ORG-ALLOWED-PARENT";
    /** The Bloc committee is the single root and has no parent. */
    public static final String SINGLE_ROOT = "ORG-SINGLE-ROOT";
    /** Changes apply to active organizations, under active parents. */
    public static final String ACTIVE_REQUIRED = "ORG-ACTIVE-REQUIRED";
    /** No active child under an organization that stops being active (dissolved, merged away, split). */
    public static final String ACTIVE_CHILDREN = "ORG-ACTIVE-CHILDREN";
    /** An organization cannot move under itself or its own descendant. */
    public static final String NO_CYCLE = "ORG-NO-CYCLE";
    /** A change may not take effect before the organization's latest recorded change. */
    public static final String EFFECTIVE_DATE_ORDER = "ORG-EFFECTIVE-DATE-ORDER";
    /** A merge needs at least two distinct organizations, none of them the target. */
    public static final String MERGE_SOURCES = "ORG-MERGE-SOURCES";
    /** An organization with members on the register (in it or its subtree, per the member replica) is not dissolved. */
    public static final String DISSOLVE_MEMBERS = "ORG-DISSOLVE-MEMBERS";
    /** Domain rule 1, a warning: a cell has at least 3 full members. */
    public static final String CELL_FULL_MEMBERS = "ORG-CELL-FULL-MEMBERS";
    /** Domain rule 2, a warning: a grassroots cell has fewer than 30 members, a grassroots committee 30 or more. */
    public static final String GRASSROOTS_SIZE = "ORG-GRASSROOTS-SIZE";
    /** A batch of foundings is all or nothing: one bad item refuses it, and the problem lists every bad item. */
    public static final String BATCH = "ORG-BATCH";
    /** Terms of one organization may not overlap. */
    public static final String TERM_OVERLAP = "TERM-OVERLAP";
    /** A month has at most one regular meeting (sinh hoạt thường kỳ). */
    public static final String MEETING_ONE_REGULAR = "MTG-ONE-REGULAR";
    /** A meeting is recorded for a day the organization existed and was active. */
    public static final String MEETING_WHILE_ACTIVE = "MTG-WHILE-ACTIVE";
    /** Attendance, chair, meeting secretary and superior attendees name members the members replica knows. */
    public static final String MEETING_MEMBER_KNOWN = "MTG-MEMBER-KNOWN";

    private Rules() {}

    public static void requireActive(Organization org) {
        if (!org.isActive()) {
            throw ProblemException.rule(
                    ACTIVE_REQUIRED, "organization.not-active-since", org.code, org.status, org.statusSince);
        }
    }

    /**
     * The parent a new organization goes under, checked: the Bloc committee at the root and only once (none), any other
     * type under an active parent ({@code activeParent} finds and checks it) of an allowed type that existed on the
     * effective day.
     */
    public static Organization requirePlace(
            NewOrganization spec,
            LocalDate effective,
            BooleanSupplier rootExists,
            Function<UUID, Organization> activeParent) {
        if (spec.type() == OrganizationType.BLOC_COMMITTEE) {
            requireSingleRoot(spec.parentId(), rootExists.getAsBoolean());
            return null;
        }
        requireParent(spec.type(), spec.parentId());
        Organization parent = activeParent.apply(spec.parentId());
        requireAllowedParent(spec.type(), parent);
        requireExisted(parent, effective);
        return parent;
    }

    /** A Bloc committee is founded at the root, and only once. */
    public static void requireSingleRoot(UUID parentId, boolean rootExists) {
        if (parentId != null || rootExists) {
            throw ProblemException.rule(SINGLE_ROOT, "organization.single-root");
        }
    }

    /** The Bloc committee stays: it cannot be transferred out, split, merged or dissolved. */
    public static void requireNotRoot(Organization org, ProblemMessage refusedChange) {
        if (org.type == OrganizationType.BLOC_COMMITTEE) {
            throw ProblemException.rule(SINGLE_ROOT, "organization.root-stays", refusedChange);
        }
    }

    /** Every organization but the Bloc committee has a parent. */
    public static void requireParent(OrganizationType type, UUID parentId) {
        if (parentId == null) {
            throw ProblemException.rule(ALLOWED_PARENT, "organization.parent-required", type);
        }
    }

    public static void requireAllowedParent(OrganizationType type, Organization parent) {
        if (!parent.type.allowedChildren().contains(type)) {
            throw ProblemException.rule(
                    ALLOWED_PARENT,
                    "organization.parent-not-allowed",
                    type,
                    parent.type,
                    parent.type.allowedChildren());
        }
    }

    public static void requireNotUnderItself(Organization moved, Organization newParent) {
        if (newParent.isInSubtreeOf(moved.id)) {
            throw ProblemException.rule(NO_CYCLE, "organization.move-cycle", moved.code, newParent.code);
        }
    }

    /** The target of a merge takes the sources' children, so it cannot lie inside a source. */
    public static void requireTargetOutside(Organization target, Organization source) {
        if (target.isInSubtreeOf(source.id)) {
            throw ProblemException.rule(NO_CYCLE, "organization.target-inside-source", target.code, source.code);
        }
    }

    public static void requireNoActiveChildren(Organization org, int activeChildren, ProblemMessage refusedChange) {
        if (activeChildren > 0) {
            throw ProblemException.rule(
                    ACTIVE_CHILDREN, "organization.active-children", refusedChange, org.code, activeChildren);
        }
    }

    /**
     * Members are never left in a dissolved organization: they move (or leave) first, as member-service records it. The
     * count is the member replica's, kept from member-service's events.
     */
    public static void requireNoMembers(Organization org, long membersOnRegister) {
        if (membersOnRegister > 0) {
            throw ProblemException.rule(DISSOLVE_MEMBERS, "organization.members-remain", org.code, membersOnRegister);
        }
    }

    /** A change may not take effect before the latest change already recorded for the organization. */
    public static void requireOrder(Organization org, LocalDate effective) {
        if (effective.isBefore(org.lastEffectiveDate)) {
            throw ProblemException.rule(
                    EFFECTIVE_DATE_ORDER,
                    "organization.before-latest-change",
                    effective,
                    org.code,
                    org.lastEffectiveDate);
        }
    }

    /** A parent (or new parent) must already have existed on the date a child comes under it. */
    public static void requireExisted(Organization parent, LocalDate effective) {
        if (effective.isBefore(parent.statusSince)) {
            throw ProblemException.rule(
                    EFFECTIVE_DATE_ORDER,
                    "organization.before-parent-existed",
                    effective,
                    parent.code,
                    parent.statusSince);
        }
    }

    /**
     * Distinct sources, none of them the target: at least two when they found a new organization, at least one when
     * they merge into an existing {@code targetId}.
     */
    public static void requireMergeSources(List<UUID> sourceIds, UUID targetId) {
        int distinct = new HashSet<>(sourceIds).size();
        if (distinct < (targetId == null ? 2 : 1) || distinct != sourceIds.size()) {
            throw ProblemException.rule(MERGE_SOURCES, "organization.merge-sources");
        }
        if (targetId != null && sourceIds.contains(targetId)) {
            throw ProblemException.rule(MERGE_SOURCES, "organization.merge-target-is-source");
        }
    }
}
