package vn.partybloc.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Domain rule 10: excellent at most the cap percent of those rated good or better in one grassroots organization. */
class ExcellentCapTest {

    /** HD 21-HD/BTCTW (2019): 20%. */
    private static final BigDecimal TWENTY = new BigDecimal("20");

    @ParameterizedTest
    @CsvSource({
        // excellent, good (excellent not included), exceeded, allowed as a whole number
        // Exactly at the cap: 1 of 5 good or better. With good alone as the base (4) it would be exceeded.
        "1, 4, false, 1",
        "2, 3, true, 1",
        "1, 3, true, 0",
        "2, 8, false, 2",
        "3, 7, true, 2",
        "20, 80, false, 20",
        "21, 79, true, 20",
        "1, 9, false, 2",
        "1, 0, true, 0",
        "0, 0, false, 0",
        "0, 7, false, 1"
    })
    void excellentMayReachTheCapOfThoseRatedGoodOrBetterButNotPassIt(
            int excellent, int good, boolean exceeded, int allowedWhole) {
        assertEquals(exceeded, ExcellentCap.exceeded(TWENTY, excellent, good));
        assertEquals(allowedWhole, ExcellentCap.allowedWhole(TWENTY, excellent, good));
    }

    @Test
    void theAllowedNumberIsExactBeforeItIsRoundedDown() {
        assertEquals(0, new BigDecimal("1.4").compareTo(ExcellentCap.allowed(TWENTY, 1, 6)));
        assertEquals(1, ExcellentCap.allowedWhole(TWENTY, 1, 6));
        // 1 excellent of 7 good or better is under 1.4 allowed, 2 of 7 is over it.
        assertFalse(ExcellentCap.exceeded(TWENTY, 1, 6));
        assertTrue(ExcellentCap.exceeded(TWENTY, 2, 5));
    }

    @Test
    void anotherCapPercentScalesTheSameWay() {
        BigDecimal quarter = new BigDecimal("25");
        assertFalse(ExcellentCap.exceeded(quarter, 1, 3));
        assertTrue(ExcellentCap.exceeded(quarter, 2, 5));
        assertEquals(1, ExcellentCap.allowedWhole(quarter, 2, 5));
    }
}
