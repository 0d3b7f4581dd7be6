package vn.partybloc.launcher.demo;

import java.time.LocalDate;

/** A seat on a committee of the 2020–2025 term, as a row of member-service's positions import says it. */
public record Position(
        String memberNationalId,
        String organizationCode,
        String committeeKind,
        String position,
        String appointment,
        String decisionNumber,
        LocalDate decisionDate,
        LocalDate startsOn) {

    public boolean onStandingCommittee() {
        return committeeKind.equals("STANDING_COMMITTEE");
    }
}
