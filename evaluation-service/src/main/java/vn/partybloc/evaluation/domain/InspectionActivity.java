package vn.partybloc.evaluation.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Kiểm tra (inspection) or giám sát (supervision). */
@Schema(description = "INSPECTION (kiểm tra) or SUPERVISION (giám sát).")
public enum InspectionActivity {
    INSPECTION,
    SUPERVISION
}
