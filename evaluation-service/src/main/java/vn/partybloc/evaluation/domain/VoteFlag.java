package vn.partybloc.evaluation.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The consequence of a confidence vote for one person (QĐ 96-QĐ/TW): over half low → out of planning; two thirds → dismissal. */
@Schema(
        description =
                "Consequence of a confidence vote: NONE; REMOVE_FROM_PLANNING (over half low: đưa ra khỏi quy hoạch, xem xét); DISMISSAL (two thirds or more low: xem xét miễn nhiệm).")
public enum VoteFlag {
    NONE,
    REMOVE_FROM_PLANNING,
    DISMISSAL
}
