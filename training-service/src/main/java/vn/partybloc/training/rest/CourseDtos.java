package vn.partybloc.training.rest;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.platform.validation.PlainText;
import vn.partybloc.platform.validation.Text;
import vn.partybloc.training.domain.Course;
import vn.partybloc.training.domain.CourseDetails;
import vn.partybloc.training.domain.CourseFormat;
import vn.partybloc.training.domain.CourseStatus;
import vn.partybloc.training.domain.CourseTopic;

/** Bodies and answers of the course endpoints. */
final class CourseDtos {

    private CourseDtos() {}

    @Schema(name = "CourseRequest", description = "A training course (lớp bồi dưỡng).")
    record CourseRequest(
            @Schema(
                    description = "Title, Unicode NFC.",
                    example = "Lớp bồi dưỡng nghiệp vụ công tác Đảng năm 2022",
                    maxLength = 300)
            @NotBlank
            @Size(max = 300)
            @PlainText
            String title,

            @Schema(description = "Topic.") @NotNull CourseTopic topic,

            @Schema(description = "The organizing organization (usually the Bloc committee).") @NotNull
            UUID organizationId,

            @Schema(description = "In person or online.") @NotNull
            CourseFormat format,

            @Schema(description = "First day.", example = "2022-05-09") @NotNull
            LocalDate startsOn,

            @Schema(description = "Last day, on or after the first.", example = "2022-05-13") @NotNull
            LocalDate endsOn,

            @Schema(description = "Where it is held.", example = "Trường Chính trị tỉnh", maxLength = 300)
            @Size(max = 300)
            @PlainText
            String place,

            @Schema(description = "Most enrollments it takes.", example = "300", minimum = "1", maximum = "100000")
            @NotNull
            @Min(1)
            @Max(100_000)
            Integer capacity) {

        @AssertTrue(message = "endsOn must not be before startsOn")
        @Schema(hidden = true)
        public boolean isOrdered() {
            return startsOn == null || endsOn == null || !endsOn.isBefore(startsOn);
        }

        CourseDetails toDomain() {
            return new CourseDetails(
                    Text.nfc(title), topic, organizationId, format, startsOn, endsOn, Text.nfc(place), capacity);
        }
    }

    @Schema(
            name = "CourseStatusChange",
            description = "Moves a course on: PLANNED → OPEN → RUNNING → FINISHED, or to CANCELLED.")
    record StatusChange(
            @Schema(description = "The new status.", example = "RUNNING") @NotNull
            CourseStatus status) {}

    @Schema(name = "Course", description = "A training course.")
    record CourseResponse(
            @Schema(description = "Id.") UUID id,
            @Schema(description = "Title.") String title,
            @Schema(description = "Topic.") CourseTopic topic,

            @Schema(description = "The organizing organization.")
            UUID organizationId,

            @Schema(description = "In person or online.") CourseFormat format,
            @Schema(description = "First day.") LocalDate startsOn,
            @Schema(description = "Last day.") LocalDate endsOn,
            @Schema(description = "Where it is held.") String place,

            @Schema(description = "Most enrollments it takes.")
            int capacity,

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
}
