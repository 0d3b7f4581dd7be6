package vn.partybloc.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.partybloc.platform.web.ProblemException;
import vn.partybloc.platform.web.ProblemType;

/** Domain rule 11: the bands of a scored rule set, and when a score or a level is required, allowed or refused. */
class ScoringTest {

    /** As seeded for QĐ 366-QĐ/TW (2025): ≥ 90 excellent, 70–< 90 good, 50–< 70 complete, < 50 not complete. */
    private static RuleSet scored() {
        RuleSet rules = new RuleSet();
        rules.code = "QD366-2025";
        rules.documents = "QĐ 366-QĐ/TW";
        rules.usesScore = true;
        rules.excellentMinScore = new BigDecimal("90");
        rules.goodMinScore = new BigDecimal("70");
        rules.completeMinScore = new BigDecimal("50");
        return rules;
    }

    /** As seeded for HD 21-HD/BTCTW (2019): levels only. */
    private static RuleSet unscored() {
        RuleSet rules = new RuleSet();
        rules.code = "HD21-2019";
        rules.documents = "HD 21-HD/BTCTW";
        rules.usesScore = false;
        return rules;
    }

    @ParameterizedTest
    @CsvSource({
        "100, EXCELLENT",
        "90, EXCELLENT",
        "90.00, EXCELLENT",
        "89.99, GOOD",
        "70, GOOD",
        "69.99, COMPLETE",
        "50, COMPLETE",
        "49.99, NOT_COMPLETE",
        "0, NOT_COMPLETE"
    })
    void aScoreFallsInTheBandWhoseLowerBoundItReaches(String score, Level band) {
        assertEquals(band, scored().levelOf(new BigDecimal(score)));
        assertEquals(band, Scoring.check(scored(), null, new BigDecimal(score)), "the band is recorded");
    }

    @Test
    void aLevelThatAgreesWithTheScoreIsKept() {
        assertEquals(Level.GOOD, Scoring.check(scored(), Level.GOOD, new BigDecimal("70")));
        assertEquals(Level.EXCELLENT, Scoring.check(scored(), Level.EXCELLENT, new BigDecimal("90")));
    }

    @Test
    void aLevelOutsideTheScoresBandIsRefused() {
        assertRefusedByRule(() -> Scoring.check(scored(), Level.EXCELLENT, new BigDecimal("89.99")));
        assertRefusedByRule(() -> Scoring.check(scored(), Level.GOOD, new BigDecimal("90")));
        assertRefusedByRule(() -> Scoring.check(scored(), Level.COMPLETE, new BigDecimal("49.99")));
    }

    @Test
    void aScoredRuleSetNeedsAScore() {
        assertRefusedByRule(() -> Scoring.check(scored(), Level.GOOD, null));
        assertRefusedByRule(() -> Scoring.check(scored(), null, null));
    }

    @Test
    void aRuleSetWithoutScoresTakesTheLevelAsGiven() {
        for (Level level : Level.values()) {
            assertEquals(level, Scoring.check(unscored(), level, null));
        }
    }

    @Test
    void aRuleSetWithoutScoresRefusesAScoreAndNeedsALevel() {
        assertRefusedByRule(() -> Scoring.check(unscored(), Level.GOOD, new BigDecimal("80")));
        ProblemException missing = assertThrows(ProblemException.class, () -> Scoring.check(unscored(), null, null));
        assertEquals(ProblemType.VALIDATION, missing.type());
        assertEquals("level", missing.errors().get(0).field());
    }

    private static void assertRefusedByRule(Runnable check) {
        ProblemException refused = assertThrows(ProblemException.class, check::run);
        assertEquals(ProblemType.DOMAIN_RULE, refused.type());
        assertEquals(Rules.SCORE, refused.rule());
    }
}
