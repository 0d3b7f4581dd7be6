package vn.partybloc.evaluation.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "Status of a discipline case: OPEN (being considered), DECIDED (a form was decided and is in "
                + "force), ANNULLED (the decision was annulled on appeal).")
public enum DisciplineStatus {
    OPEN,
    DECIDED,
    ANNULLED
}
