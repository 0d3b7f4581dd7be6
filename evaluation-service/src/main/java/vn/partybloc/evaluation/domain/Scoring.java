package vn.partybloc.evaluation.domain;

import java.math.BigDecimal;
import vn.partybloc.platform.web.ProblemException;

/** Domain rule 11: a score exactly when the rule set uses one, and the level must agree with the score's band. */
public final class Scoring {

    private Scoring() {}

    /** The level to record: as given, or from the score's band when only a score is given. */
    public static Level check(RuleSet rules, Level level, BigDecimal score) {
        if (!rules.usesScore) {
            if (score != null) {
                throw ProblemException.rule(
                        Rules.SCORE, "Rule set " + rules.code + " (" + rules.documents + ") uses no score");
            }
            if (level == null) {
                throw ProblemException.invalid("level", "is required");
            }
            return level;
        }
        if (score == null) {
            throw ProblemException.rule(
                    Rules.SCORE, "Rule set " + rules.code + " (" + rules.documents + ") needs a score from 0 to 100");
        }
        Level band = rules.levelOf(score);
        if (level != null && level != band) {
            throw ProblemException.rule(
                    Rules.SCORE,
                    "A score of " + score.toPlainString() + " is " + band + " under " + rules.code + ", not " + level);
        }
        return band;
    }
}
