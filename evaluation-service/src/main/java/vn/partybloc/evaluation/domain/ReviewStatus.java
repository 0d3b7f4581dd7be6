package vn.partybloc.evaluation.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where a review stands in the flow self-assessment → proposal → decision → publication (domain rule 9). */
@Schema(
        description =
                "Step reached: SELF_ASSESSED (tự đánh giá), PROPOSED (đề xuất), DECIDED (quyết định xếp loại), PUBLISHED (công bố), CANCELLED (hủy, đã xếp loại lại).")
public enum ReviewStatus {
    SELF_ASSESSED,
    PROPOSED,
    DECIDED,
    PUBLISHED,
    CANCELLED
}
