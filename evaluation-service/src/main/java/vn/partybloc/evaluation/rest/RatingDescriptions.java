package vn.partybloc.evaluation.rest;

/** Field descriptions shared by the rating requests. */
final class RatingDescriptions {

    static final String LEVEL =
            "Rating level: EXCELLENT (hoàn thành xuất sắc nhiệm vụ), GOOD (hoàn thành tốt nhiệm vụ), "
                    + "COMPLETE (hoàn thành nhiệm vụ), NOT_COMPLETE (không hoàn thành nhiệm vụ). With a score it may be omitted: "
                    + "the score's band gives it, and a level outside the band is refused (`REV-SCORE`).";
    static final String SCORE = "Score 0–100, exactly when the cycle's rule set uses one (from 2025).";

    private RatingDescriptions() {}
}
