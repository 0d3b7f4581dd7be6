package vn.partybloc.evaluation.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "COMPLAINT (khiếu nại; one about a discipline decision is an appeal on its case), "
                + "DENUNCIATION (tố cáo: its denouncer's identity is read only by the assigned inspection committee).")
public enum ComplaintKind {
    COMPLAINT,
    DENUNCIATION
}
