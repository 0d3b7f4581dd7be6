package vn.partybloc.training.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "PLANNED (dự kiến) → OPEN for enrolment → RUNNING → FINISHED; any but FINISHED → CANCELLED.")
public enum CourseStatus {
    PLANNED,
    OPEN,
    RUNNING,
    FINISHED,
    CANCELLED
}
