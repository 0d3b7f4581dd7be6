package vn.partybloc.training.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description =
                "OPEN (not trained yet, not due); OVERDUE (due date passed untrained); FULFILLED (a matching course completed after the position started); CLOSED (the position ended before the due date).")
public enum ObligationStatus {
    OPEN,
    OVERDUE,
    FULFILLED,
    CLOSED
}
