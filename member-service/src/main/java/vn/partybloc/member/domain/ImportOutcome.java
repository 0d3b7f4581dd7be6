package vn.partybloc.member.domain;

/** What an import did with one row. */
public enum ImportOutcome {
    CREATED,
    UPDATED,
    UNCHANGED,
    FAILED
}
