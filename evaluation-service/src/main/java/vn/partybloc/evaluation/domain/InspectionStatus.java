package vn.partybloc.evaluation.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Execution status of an inspection item. */
@Schema(description = "Execution status: PLANNED (theo kế hoạch), DONE (đã thực hiện), CANCELLED (không thực hiện).")
public enum InspectionStatus {
    PLANNED,
    DONE,
    CANCELLED
}
