package vn.partybloc.organization.domain;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import vn.partybloc.platform.web.ProblemException;

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
    /** A split yields at least two organizations. */
    public static final String SPLIT_TARGETS = "ORG-SPLIT-TARGETS";
    /** Terms of one organization may not overlap. */
    public static final String TERM_OVERLAP = "TERM-OVERLAP";

    private Rules() {}

    public static void requireActive(Organization org) {
        if (!org.isActive()) {
            throw ProblemException.rule(
                    ACTIVE_REQUIRED,
                    "Organization " + org.code + " is " + org.status + " since " + org.statusSince
                            + "; only active organizations can take part in a change");
        }
    }

    /** A Bloc committee is founded at the root, and only once. */
    public static void requireSingleRoot(UUID parentId, boolean rootExists) {
        if (parentId != null || rootExists) {
            throw ProblemException.rule(SINGLE_ROOT, "There is one Bloc committee, at the root, with no parent");
        }
    }

    /** The Bloc committee stays: it cannot be transferred out, split, merged or dissolved. */
    public static void requireNotRoot(Organization org, String refusedChange) {
        if (org.type == OrganizationType.BLOC_COMMITTEE) {
            throw ProblemException.rule(SINGLE_ROOT, "The Bloc committee cannot be " + refusedChange);
        }
    }

    /** Every organization but the Bloc committee has a parent. */
    public static void requireParent(OrganizationType type, UUID parentId) {
        if (parentId == null) {
            throw ProblemException.rule(ALLOWED_PARENT, type + " needs a parent organization");
        }
    }

    public static void requireAllowedParent(OrganizationType type, Organization parent) {
        if (!parent.type.allowedChildren().contains(type)) {
            throw ProblemException.rule(
                    ALLOWED_PARENT,
                    "A " + type + " cannot sit under a " + parent.type + " (allowed there: "
                            + parent.type.allowedChildren() + ")");
        }
    }

    public static void requireNotUnderItself(Organization moved, Organization newParent) {
        if (newParent.isInSubtreeOf(moved.id)) {
            throw ProblemException.rule(
                    NO_CYCLE, "Cannot move " + moved.code + " under itself or its own descendant " + newParent.code);
        }
    }

    /** The target of a merge takes the sources' children, so it cannot lie inside a source. */
    public static void requireTargetOutside(Organization target, Organization source) {
        if (target.isInSubtreeOf(source.id)) {
            throw ProblemException.rule(NO_CYCLE, "The target " + target.code + " lies inside source " + source.code);
        }
    }

    public static void requireNoActiveChildren(Organization org, int activeChildren, String refusedChange) {
        if (activeChildren > 0) {
            throw ProblemException.rule(
                    ACTIVE_CHILDREN,
                    "Cannot " + refusedChange + " " + org.code + ": it has " + activeChildren
                            + " active child organization(s); move, merge or dissolve them first");
        }
    }

    /** A change may not take effect before the latest change already recorded for the organization. */
    public static void requireOrder(Organization org, LocalDate effective) {
        if (effective.isBefore(org.lastEffectiveDate)) {
            throw ProblemException.rule(
                    EFFECTIVE_DATE_ORDER,
                    "The change would take effect on " + effective + ", before the latest recorded change of "
                            + org.code + " (" + org.lastEffectiveDate + ")");
        }
    }

    /** A parent (or new parent) must already have existed on the date a child comes under it. */
    public static void requireExisted(Organization parent, LocalDate effective) {
        if (effective.isBefore(parent.statusSince)) {
            throw ProblemException.rule(
                    EFFECTIVE_DATE_ORDER,
                    "The change would take effect on " + effective + ", before " + parent.code + " existed ("
                            + parent.statusSince + ")");
        }
    }

    /**
     * Distinct sources, none of them the target: at least two when they found a new organization, at least one when
     * they merge into an existing {@code targetId}.
     */
    public static void requireMergeSources(List<UUID> sourceIds, UUID targetId) {
        int distinct = new HashSet<>(sourceIds).size();
        if (distinct < (targetId == null ? 2 : 1) || distinct != sourceIds.size()) {
            throw ProblemException.rule(
                    MERGE_SOURCES,
                    "A merge needs distinct sources: at least two into a new "
                            + "organization, or at least one into an existing one");
        }
        if (targetId != null && sourceIds.contains(targetId)) {
            throw ProblemException.rule(MERGE_SOURCES, "The target cannot also be a source");
        }
    }

    public static void requireSplitParts(int parts) {
        if (parts < 2) {
            throw ProblemException.rule(SPLIT_TARGETS, "A split yields at least two organizations");
        }
    }
}
