package vn.partybloc.launcher.demo;

import java.time.LocalDate;

/** The decision behind a structural change: signed ten days before it takes effect. */
public record Decision(String number, LocalDate date, LocalDate effectiveDate) {}
