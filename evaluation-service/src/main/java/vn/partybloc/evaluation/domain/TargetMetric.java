package vn.partybloc.evaluation.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a target counts: ratings of at least complete, at least good, or exactly excellent. */
@Schema(
        description =
                "What a target counts: AT_LEAST_COMPLETE (hoàn thành nhiệm vụ trở lên), AT_LEAST_GOOD (hoàn thành tốt trở lên), EXCELLENT (hoàn thành xuất sắc).")
public enum TargetMetric {
    AT_LEAST_COMPLETE,
    AT_LEAST_GOOD,
    EXCELLENT
}
