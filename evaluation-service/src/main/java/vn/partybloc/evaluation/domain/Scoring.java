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
                throw ProblemException.rule(Rules.SCORE, "score.not-used", rules.code, rules.documents);
            }
            if (level == null) {
                throw ProblemException.invalid("level", "score.level-required");
            }
            return level;
        }
        if (score == null) {
            throw ProblemException.rule(Rules.SCORE, "score.required", rules.code, rules.documents);
        }
        Level band = rules.levelOf(score);
        if (level != null && level != band) {
            throw ProblemException.rule(
                    Rules.SCORE, "score.band-mismatch", score.toPlainString(), band, rules.code, level);
        }
        return band;
    }
}
