package vn.partybloc.evaluation.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Outcome of a screening finding under Directive 28-CT/TW. */
@Schema(
        description =
                "Outcome of screening (rà soát, sàng lọc): RETAINED (giữ lại), STRUCK_OFF (xóa tên), EXPELLED (khai trừ).")
public enum ScreeningOutcome {
    RETAINED,
    STRUCK_OFF,
    EXPELLED
}
