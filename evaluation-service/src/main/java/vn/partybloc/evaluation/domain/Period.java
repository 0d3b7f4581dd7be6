package vn.partybloc.evaluation.domain;

import java.time.LocalDate;

/**
 * Whether a subject was part of the Bloc during a cycle: from the day it joined (inclusive) to the day it left
 * (exclusive: a change takes effect on its date). An unknown date never keeps a subject out.
 */
public final class Period {

    public enum Presence {
        PRESENT,
        NOT_YET,
        ALREADY_GONE
    }

    private Period() {}

    static Presence presence(LocalDate joined, LocalDate left, LocalDate from, LocalDate to) {
        if (joined != null && joined.isAfter(to)) {
            return Presence.NOT_YET;
        }
        if (left != null && !left.isAfter(from)) {
            return Presence.ALREADY_GONE;
        }
        return Presence.PRESENT;
    }
}
