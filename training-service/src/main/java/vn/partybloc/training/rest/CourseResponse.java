package vn.partybloc.training.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.training.domain.Course;
import vn.partybloc.training.domain.CourseFormat;
import vn.partybloc.training.domain.CourseStatus;
import vn.partybloc.training.domain.CourseTopic;

@Schema(name = "Course", description = "A training course.")
public record CourseResponse(
        @Schema(description = "Id.") UUID id,
        @Schema(description = "Title.") String title,
        @Schema(description = "Topic.") CourseTopic topic,

        @Schema(description = "The organizing organization.")
        UUID organizationId,

        @Schema(description = "In person or online.") CourseFormat format,
        @Schema(description = "First day.") LocalDate startsOn,
        @Schema(description = "Last day.") LocalDate endsOn,

        @Schema(description = "Where it is held; null when not given.", nullable = true)
        String place,

        @Schema(description = "Most enrollments it takes.") int capacity,

        @Schema(description = "Status.") CourseStatus status,
        @Schema(description = "Version; also the ETag.") long version,
        @Schema(description = "When it was scheduled.") Instant createdAt,
        @Schema(description = "Who scheduled it.") String createdBy,
        @Schema(description = "When it last changed.") Instant updatedAt,
        @Schema(description = "Who last changed it.") String updatedBy) {

    static CourseResponse from(Course c) {
        return new CourseResponse(
                c.id,
                c.title,
                c.topic,
                c.organizationId,
                c.format,
                c.startsOn,
                c.endsOn,
                c.place,
                c.capacity,
                c.status,
                c.version,
                c.createdAt,
                c.createdBy,
                c.updatedAt,
                c.updatedBy);
    }
}
