package vn.partybloc.evaluation.domain;

/** Ids of the domain rules this service enforces; a 422 problem names one in its {@code rule} field. */
public final class Rules {

    /** The subject exists in the replicas, is active and is of the kind the review names. */
    public static final String SUBJECT = "REV-SUBJECT";
    /**
     * The subject was part of the Bloc during the cycle: a member admitted or transferred in by its last day and not
     * gone before its first; an organization founded or received by its last day and not ended before its first.
     */
    public static final String SUBJECT_IN_PERIOD = "REV-SUBJECT-IN-PERIOD";
    /** Domain rule 11: a score exactly when the rule set uses one, and the level inside the score's band. */
    public static final String SCORE = "REV-SCORE";
    /** Domain rule 9: self-assessment → proposal → decision → publication; a decided rating changes only by re-rating. */
    public static final String FLOW = "REV-FLOW";
    /** Domain rule 9: only the directly superior body decides; a secretary never decides their own organization's rating. */
    public static final String SUPERIOR_DECIDES = "REV-SUPERIOR-DECIDES";
    /** One current review per subject and cycle. */
    public static final String ONE_PER_CYCLE = "REV-ONE-PER-CYCLE";
    /** A batch is all or nothing: one bad item refuses it, and the problem lists every bad item. */
    public static final String BATCH = "REV-BATCH";
    /** A review cycle needs a rule set in force on its first day. */
    public static final String RULE_SET_IN_FORCE = "REV-RULE-SET";
    /** A rule set that uses a score has bands excellent > good > complete > 0. */
    public static final String RULE_SET_BANDS = "RS-BANDS";
    /** Domain rule 12: ballots issued ≥ returned = valid + invalid, valid = high + trust + low, issued ≤ present. */
    public static final String VOTE_COUNTS = "CV-COUNTS";
    /** Domain rule 6: an inspection committee exists at grassroots-committee level and above. */
    public static final String INSPECTION_BODY = "INS-BODY";
    /** An inspection item looks at an organization or committee member inside the body's subtree. */
    public static final String INSPECTION_SUBJECT = "INS-SUBJECT";
    /** Only a planned item is concluded or cancelled. */
    public static final String INSPECTION_FLOW = "INS-FLOW";

    /** A discipline case is against, and decided on, a member on the register. */
    public static final String DISCIPLINE_SUBJECT = "DIS-SUBJECT";
    /** The member's own cell, or a committee of an organization above it, handles the case. */
    public static final String DISCIPLINE_BODY = "DIS-BODY";
    /** A body decides only the forms its level may decide (QĐ 22-QĐ/TW, Điều 11), as the competence data says. */
    public static final String DISCIPLINE_COMPETENCE = "DIS-COMPETENCE";
    /** QĐ 69-QĐ/TW, Điều 7: a probationary member is only reprimanded or warned; a removal ends a post held then. */
    public static final String DISCIPLINE_FORM = "DIS-FORM";
    /** An open case is decided once, not before it was opened. */
    public static final String DISCIPLINE_FLOW = "DIS-FLOW";
    /** Only a decision in force is appealed, one appeal at a time, resolved once, not before it was lodged. */
    public static final String APPEAL_FLOW = "DIS-APPEAL-FLOW";
    /** Điều lệ Đảng, Điều 39 khoản 7: within one month of receiving the decision, as the appeal terms' data says. */
    public static final String APPEAL_DEADLINE = "DIS-APPEAL-DEADLINE";
    /** QĐ 22-QĐ/TW, Điều 22: a committee above the deciding body, or the standing committee over its inspection one. */
    public static final String APPEAL_BODY = "DIS-APPEAL-BODY";
    /** A changed decision names another form than the one in force. */
    public static final String APPEAL_OUTCOME = "DIS-APPEAL-OUTCOME";
    /**
     * A member disciplined in the year is rated as the year's rule set says (QĐ 124-QĐ/TW, Điều 12 khoản 4 4.3 d: not
     * complete), unless they found the fault and finished remedying it themselves.
     */
    public static final String DISCIPLINED_RATING = "REV-DISCIPLINED";

    /** A complaint is about a member the register knows, or an organization. */
    public static final String COMPLAINT_SUBJECT = "CMP-SUBJECT";
    /** The inspection committee of an organization at or above the subject's resolves it (QĐ 22-QĐ/TW, Điều 19). */
    public static final String COMPLAINT_ASSIGNEE = "CMP-ASSIGNEE";
    /** Received, acknowledged, resolved, in that order and once each; only an acknowledged one is found founded. */
    public static final String COMPLAINT_FLOW = "CMP-FLOW";
    /** QĐ 22-QĐ/TW, Điều 20: an anonymous denunciation is not resolved, only recorded as not accepted. */
    public static final String COMPLAINT_ANONYMOUS = "CMP-ANONYMOUS";

    private Rules() {}
}
