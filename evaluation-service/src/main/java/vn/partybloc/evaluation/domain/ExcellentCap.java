package vn.partybloc.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Domain rule 10: within one grassroots organization, those rated excellent may be at most the rule set's cap percent
 * of those rated good or better.
 */
final class ExcellentCap {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ExcellentCap() {}

    /** The excellent ratings the cap allows, to six decimals (a fraction when the base is no multiple). */
    static BigDecimal allowed(BigDecimal capPercent, int excellent, int good) {
        // The base is those rated good or better: the article's own results (95% good or better, 20% excellent)
        // only fit the cap read that way; counting GOOD alone would put nearly every organization in violation.
        return capPercent.multiply(BigDecimal.valueOf(excellent + good)).divide(HUNDRED, 6, RoundingMode.HALF_UP);
    }

    static boolean exceeded(BigDecimal capPercent, int excellent, int good) {
        return BigDecimal.valueOf(excellent).compareTo(allowed(capPercent, excellent, good)) > 0;
    }

    /** The most excellent ratings the cap allows, as a whole number. */
    static int allowedWhole(BigDecimal capPercent, int excellent, int good) {
        return allowed(capPercent, excellent, good)
                .setScale(0, RoundingMode.FLOOR)
                .intValue();
    }
}
