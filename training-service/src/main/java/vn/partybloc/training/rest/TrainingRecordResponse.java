package vn.partybloc.training.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.training.domain.CompletionResult;
import vn.partybloc.training.domain.CourseTopic;
import vn.partybloc.training.domain.EnrollmentStatus;
import vn.partybloc.training.domain.MemberRecordService;

@Schema(name = "TrainingRecord", description = "A member's training record.")
public record TrainingRecordResponse(
        @Schema(description = "The member.") UUID memberId,

        @Schema(description = "Name, from member-service.") String fullName,

        @Schema(description = "The member's cell.") UUID organizationId,

        @Schema(description = "The member's status in member-service, e.g. ACTIVE.")
        String status,

        @Schema(description = "Courses enrolled in, by start date.")
        List<CourseTaken> courses,

        @Schema(description = "Training obligations of the member's committee positions.")
        List<ObligationResponse> obligations,

        @Schema(description = "Contests taken part in.") List<ContestTaken> contests) {

    static TrainingRecordResponse from(MemberRecordService.Record r) {
        return new TrainingRecordResponse(
                r.member().id,
                r.member().fullName,
                r.member().organizationId,
                r.member().status,
                r.courses().stream()
                        .map(t -> new CourseTaken(
                                t.course().id,
                                t.course().title,
                                t.course().topic,
                                t.course().startsOn,
                                t.course().endsOn,
                                t.enrollment().status,
                                t.enrollment().result,
                                t.enrollment().completedOn,
                                t.enrollment().certificateNumber))
                        .toList(),
                r.obligations().stream().map(ObligationResponse::from).toList(),
                r.contests().stream()
                        .map(c -> new ContestTaken(c.contestId(), c.title(), c.kind(), c.year(), c.award()))
                        .toList());
    }

    @Schema(name = "CourseTaken", description = "A course in a member's record.")
    public record CourseTaken(
            @Schema(description = "The course.") UUID courseId,
            @Schema(description = "Title.") String title,
            @Schema(description = "Topic.") CourseTopic topic,
            @Schema(description = "First day.") LocalDate startsOn,
            @Schema(description = "Last day.") LocalDate endsOn,
            @Schema(description = "Enrollment status.") EnrollmentStatus status,

            @Schema(description = "Result, once recorded.", nullable = true)
            CompletionResult result,

            @Schema(description = "Completion day, once recorded.", nullable = true)
            LocalDate completedOn,

            @Schema(description = "Certificate number.", nullable = true)
            String certificateNumber) {}

    @Schema(name = "ContestTaken", description = "A contest in a member's record.")
    public record ContestTaken(
            @Schema(description = "The contest.") UUID contestId,
            @Schema(description = "Title.") String title,
            @Schema(description = "Kind.") String kind,
            @Schema(description = "Year.") int year,

            @Schema(description = "Award, if any.", nullable = true)
            String award) {}
}
