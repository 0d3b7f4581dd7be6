package vn.partybloc.evaluation.domain;

/** The four rating levels, best first: hoàn thành xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ. */
public enum Level {
    EXCELLENT, GOOD, COMPLETE, NOT_COMPLETE;

    public boolean atLeast(Level other) {
        return ordinal() <= other.ordinal();
    }
}
