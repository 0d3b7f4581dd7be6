package vn.partybloc.member.domain;

/** Ids of the domain rules this service enforces; a 422 problem names one in its {@code rule} field. */
public final class Rules {

    /** {@code nationalId} is 12 digits (CCCD). */
    public static final String NATIONAL_ID = "MEM-NATIONAL-ID";
    /** A member belongs to an active cell (grassroots or subordinate) of the Bloc. */
    public static final String MEMBER_CELL = "MEM-CELL";
    /** Lifecycle changes apply to members still in the Party's ranks here, in date order. */
    public static final String MEMBER_ACTIVE = "MEM-ACTIVE";
    /** Domain rules 4–6: which committees an organization may have. */
    public static final String COMMITTEE_KIND = "COM-KIND";
    /** A batch of committees is all or nothing. */
    public static final String COMMITTEE_BATCH = "COM-BATCH";
    /** Domain rule 7: only full members hold committee positions. */
    public static final String FULL_MEMBER = "POS-FULL-MEMBER";
    /** Domain rule 7: at most one active secretary per committee (and one inspection chair). */
    public static final String ONE_SECRETARY = "POS-ONE-SECRETARY";
    /** A member holds at most one position in a committee at a time (a secretary is not also a plain member). */
    public static final String ONE_SEAT = "POS-ONE-SEAT";
    /** Secretary and deputy sit on executive, standing and cell committees; chair and vice chair on inspection committees. */
    public static final String POSITION_KIND = "POS-KIND";
    /** Domain rule 4: a cell of fewer than 9 full members has no cell committee, and a cell committee has at most 7. */
    public static final String CELL_COMMITTEE_SIZE = "POS-CELL-COMMITTEE-SIZE";
    /** Domain rule 4: a cell has at most one deputy secretary. */
    public static final String ONE_DEPUTY = "POS-CELL-ONE-DEPUTY";
    /** Domain rule 5: a standing committee is elected only by an executive committee of 9 or more. */
    public static final String STANDING_COMMITTEE_SIZE = "POS-STANDING-COMMITTEE-SIZE";
    /** Domain rule 5: a standing-committee member sits on the executive committee of the same term. */
    public static final String STANDING_ON_EXECUTIVE = "POS-STANDING-ON-EXECUTIVE";
    /** A committee member is a member of the organization (or its subtree) the committee leads. */
    public static final String MEMBER_OF_ORGANIZATION = "POS-MEMBER-OF-ORGANIZATION";

    /** A committee member follows cells inside the subtree of the organization their committee leads. */
    public static final String FOLLOWED_CELL = "RESP-FOLLOWED-CELL";
    /** Responsibilities belong to positions still held. */
    public static final String POSITION_HELD = "RESP-POSITION-HELD";
    /** A committee's batch of responsibilities is all or nothing. */
    public static final String RESPONSIBILITY_BATCH = "RESP-BATCH";

    /** A spelling (label or alias, case and accents aside) names at most one level of a qualification's code list. */
    public static final String ONE_LEVEL = "QUAL-ONE-LEVEL";

    private Rules() {}

    /** An import row names a member already registered in another cell: a move is a recorded change of its own. */
    public static final String IMPORT_CELL = "IMP-CELL";

    /** An import row names an existing record with other values than the ones an import may change. */
    public static final String IMPORT_DIFFERS = "IMP-DIFFERS";

    /** A succession candidate is an active member of the plan's organization (its subtree). */
    public static final String SUCCESSION_MEMBER = "SUC-MEMBER";

    /** Rule 13: a planned person can serve a full term (age limit configurable, unset until confirmed). */
    public static final String SUCCESSION_FULL_TERM = "SUC-FULL-TERM";
}
