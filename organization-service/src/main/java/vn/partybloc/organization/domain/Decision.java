package vn.partybloc.organization.domain;

import java.time.LocalDate;

/** The decision behind a change: its number (e.g. {@code 124-QĐ/ĐUK}), date, and the date it takes effect. */
public record Decision(String number, LocalDate date, LocalDate effectiveDate) {}
