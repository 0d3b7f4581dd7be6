package vn.partybloc.member.domain;

import vn.partybloc.platform.web.ProblemException;
import vn.partybloc.platform.web.ProblemMessage;

/**
 * Why one row of an import was refused (the row changed nothing): its 1-based number (a CSV header is row 0), the
 * field at fault and the rule broken, where there is one, and what is wrong, in both languages.
 */
public record ImportRowError(int row, String field, String rule, Bilingual message) {

    public static ImportRowError of(int row, String field, ProblemMessage message) {
        return new ImportRowError(row, field, null, Bilingual.of(message));
    }

    /** The row refused as {@code refusal} refuses a request: its rule and detail. */
    public static ImportRowError of(int row, String field, ProblemException refusal) {
        return new ImportRowError(row, field, refusal.rule(), Bilingual.of(refusal.detail()));
    }
}
