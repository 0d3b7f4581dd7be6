package vn.partybloc.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** The ballots about one person in a confidence vote. Shares use ballots returned as the base (domain rule 12). */
@Entity
@Table(name = "confidence_vote_results")
public class VoteResult {

    @Id
    public UUID id;

    @Column(name = "vote_id")
    public UUID voteId;

    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "position_title")
    public String positionTitle;

    @Column(name = "ballots_issued")
    public int ballotsIssued;

    @Column(name = "ballots_returned")
    public int ballotsReturned;

    @Column(name = "valid_ballots")
    public int validBallots;

    @Column(name = "invalid_ballots")
    public int invalidBallots;

    public int high;

    public int trust;

    public int low;

    @Enumerated(EnumType.STRING)
    public VoteFlag flag;

    /** Over half low (and under two thirds) → out of planning; two thirds or more → dismissal; none in an invalid session. */
    public static VoteFlag flagFor(boolean validSession, int low, int returned) {
        if (!validSession || returned == 0) {
            return VoteFlag.NONE;
        }
        if (3L * low >= 2L * returned) {
            return VoteFlag.DISMISSAL;
        }
        return 2L * low > returned ? VoteFlag.REMOVE_FROM_PLANNING : VoteFlag.NONE;
    }
}
