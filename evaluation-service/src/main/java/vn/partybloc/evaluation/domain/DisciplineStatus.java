package vn.partybloc.evaluation.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Status of a discipline case: OPEN (being considered), DECIDED (a form was decided).")
public enum DisciplineStatus {
    OPEN,
    DECIDED
}
