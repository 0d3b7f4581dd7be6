package vn.partybloc.evaluation.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who carries out an inspection plan: the committee (cấp ủy) or its inspection committee (UBKT). */
@Schema(description = "Who carries out a plan: COMMITTEE (cấp ủy) or INSPECTION_COMMITTEE (ủy ban kiểm tra).")
public enum InspectionBody {
    COMMITTEE,
    INSPECTION_COMMITTEE
}
