package vn.partybloc.member.domain;

import java.time.LocalDate;

/**
 * The probationary period (thời kỳ dự bị): 12 months from the admission, after which the cell decides on full
 * membership (Điều lệ Đảng 2011, Điều 5; docs/party-rules-sources.md, section 2).
 */
public final class Probation {

    public static final int MONTHS = 12;

    private Probation() {}

    public static LocalDate endsOn(LocalDate admittedOn) {
        return admittedOn.plusMonths(MONTHS);
    }

    /** The latest admission date whose probation has ended by {@code day}. */
    public static LocalDate admittedBy(LocalDate day) {
        return day.minusMonths(MONTHS);
    }
}
