package vn.partybloc.evaluation.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Thường xuyên (routine) or chuyên đề (thematic). */
@Schema(description = "ROUTINE (thường xuyên) or THEMATIC (chuyên đề).")
public enum InspectionKind {
    ROUTINE,
    THEMATIC
}
