package vn.partybloc.training.rest;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.training.domain.CourseStatus;

@Schema(
        name = "CourseStatusChange",
        description = "Moves a course on: PLANNED → OPEN → RUNNING → FINISHED, or to CANCELLED.",
        example = """
                {
                  "status": "RUNNING"
                }""")
public record CourseStatusChangeRequest(
        @Schema(description = "The new status.", example = "RUNNING") @NotNull
        CourseStatus status) {}
