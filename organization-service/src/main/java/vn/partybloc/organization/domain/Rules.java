package vn.partybloc.organization.domain;

/** Ids of the domain rules this service enforces; a 422 problem names one in its {@code rule} field. */
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
}
