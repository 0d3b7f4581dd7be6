package vn.partybloc.training.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "ENROLLED; COMPLETED (passed, counts as trained); NOT_COMPLETED (took part but did not pass).")
public enum EnrollmentStatus {
    ENROLLED,
    COMPLETED,
    NOT_COMPLETED
}
