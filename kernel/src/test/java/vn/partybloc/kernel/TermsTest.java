package vn.partybloc.kernel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TermsTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);

    @Test
    void aTermIncludesItsFirstAndLastDayAndAnOpenOneEveryDayFromItsStart() {
        assertTrue(Terms.includes("2026-12-01", "2026-12-01", DAY));
        assertTrue(Terms.includes("2020-10-01", null, DAY));
        assertTrue(Terms.includes("2020-10-01", "", DAY));
        assertFalse(Terms.includes("2026-12-02", null, DAY), "not yet started");
        assertFalse(Terms.includes("2020-10-01", "2026-11-30", DAY), "ended the day before");
    }
}
