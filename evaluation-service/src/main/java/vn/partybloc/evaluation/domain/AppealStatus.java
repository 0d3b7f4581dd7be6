package vn.partybloc.evaluation.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Status of an appeal: PENDING (being resolved), RESOLVED (an outcome was decided).")
public enum AppealStatus {
    PENDING,
    RESOLVED
}
