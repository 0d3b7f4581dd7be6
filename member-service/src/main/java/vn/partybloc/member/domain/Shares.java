package vn.partybloc.member.domain;

/** Shares as the statistics report them: percent, two decimals, 0 of nothing. */
public final class Shares {

    private Shares() {}

    public static double percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 10_000.0 / whole) / 100.0;
    }
}
