package vn.partybloc.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Domain rule 12 (QĐ 96-QĐ/TW): a session is valid when at least two thirds of those summoned attend; over half of the
 * ballots returned rating a person low takes them out of planning, two thirds or more proposes dismissal.
 */
class ConfidenceVoteRulesTest {

    @ParameterizedTest
    @CsvSource({
        "9, 6, true",
        "9, 5, false",
        "9, 9, true",
        "10, 7, true",
        // 6 of 10 is under two thirds: integer division (10 * 2 / 3 = 6) would wrongly accept it.
        "10, 6, false",
        "3, 2, true",
        "3, 1, false",
        "0, 0, true"
    })
    void aSessionIsValidFromTwoThirdsPresent(int summoned, int present, boolean valid) {
        assertEquals(valid, ConfidenceVote.quorate(summoned, present));
    }

    @ParameterizedTest
    @CsvSource({
        "10, 0, NONE",
        // Exactly half is not over half.
        "10, 5, NONE",
        "10, 6, REMOVE_FROM_PLANNING",
        // 6.67 is two thirds of 10: 6 stays under it, 7 reaches it.
        "10, 7, DISMISSAL",
        "9, 4, NONE",
        "9, 5, REMOVE_FROM_PLANNING",
        // Exactly two thirds.
        "9, 6, DISMISSAL",
        "12, 7, REMOVE_FROM_PLANNING",
        "12, 8, DISMISSAL",
        "12, 12, DISMISSAL"
    })
    void theFlagFollowsTheShareOfLowBallotsReturned(int returned, int low, VoteFlag flag) {
        assertEquals(flag, VoteResult.flagFor(true, low, returned));
    }

    @Test
    void anInvalidSessionFlagsNobody() {
        assertEquals(VoteFlag.NONE, VoteResult.flagFor(false, 10, 10));
        assertEquals(VoteFlag.NONE, VoteResult.flagFor(false, 6, 10));
    }

    @Test
    void noBallotReturnedFlagsNobody() {
        assertEquals(VoteFlag.NONE, VoteResult.flagFor(true, 0, 0));
    }
}
