package vn.partybloc.evaluation.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The four rating levels, best first: hoàn thành xuất sắc / tốt / hoàn thành / không hoàn thành nhiệm vụ. */
@Schema(
        description =
                "Rating level: EXCELLENT (hoàn thành xuất sắc nhiệm vụ), GOOD (hoàn thành tốt nhiệm vụ), COMPLETE (hoàn thành nhiệm vụ), NOT_COMPLETE (không hoàn thành nhiệm vụ).")
public enum Level {
    EXCELLENT,
    GOOD,
    COMPLETE,
    NOT_COMPLETE;

    public boolean atLeast(Level other) {
        return ordinal() <= other.ordinal();
    }
}
