package vn.partybloc.training.rest;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.platform.validation.PlainText;
import vn.partybloc.platform.validation.Text;
import vn.partybloc.training.domain.CourseDetails;
import vn.partybloc.training.domain.CourseFormat;
import vn.partybloc.training.domain.CourseTopic;

@Schema(name = "CourseRequest", description = "A training course (lớp bồi dưỡng).", example = """
                {
                  "title": "Lớp bồi dưỡng nghiệp vụ công tác Đảng năm 2022",
                  "topic": "PARTY_WORK",
                  "organizationId": "3f6c2a1e-8b4d-4c7a-9e21-5d0b7a4c1f10",
                  "format": "IN_PERSON",
                  "startsOn": "2022-05-09",
                  "endsOn": "2022-05-13",
                  "place": "Trường Chính trị tỉnh",
                  "capacity": 300
                }""")
public record CourseRequest(
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

    @AssertTrue(message = "{vn.partybloc.training.course.dates}")
    @Schema(hidden = true)
    public boolean isOrdered() {
        return startsOn == null || endsOn == null || !endsOn.isBefore(startsOn);
    }

    CourseDetails toDomain() {
        return new CourseDetails(
                Text.nfc(title), topic, organizationId, format, startsOn, endsOn, Text.nfc(place), capacity);
    }
}
