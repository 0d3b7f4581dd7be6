package vn.partybloc.training.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.partybloc.platform.security.Roles;
import vn.partybloc.training.domain.CompletionResult;
import vn.partybloc.training.domain.CourseTopic;
import vn.partybloc.training.domain.EnrollmentStatus;
import vn.partybloc.training.domain.MemberRecordService;

@Path("/api/v1/training/members")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Training records", description = "A member's training record.")
@RolesAllowed({Roles.ADMIN, Roles.ORGANIZER, Roles.INSPECTOR, Roles.VIEWER, Roles.INTEGRATION, Roles.SECRETARY})
public class MemberRecordResource {

    private final MemberRecordService records;

    public MemberRecordResource(MemberRecordService records) {
        this.records = records;
    }

    @GET
    @Path("/{memberId}/record")
    @Operation(
            operationId = "getTrainingRecord",
            summary = "A member's courses, training obligations and contests",
            description =
                    "404 for a member training-service has not heard of from member-service (yet), or outside a secretary's subtree.")
    public TrainingRecord record(@PathParam("memberId") UUID memberId) {
        MemberRecordService.Record r = records.of(memberId);
        return new TrainingRecord(
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

    @Schema(name = "TrainingRecord", description = "A member's training record.")
    record TrainingRecord(
            @Schema(description = "The member.") UUID memberId,

            @Schema(description = "Name, from member-service.")
            String fullName,

            @Schema(description = "The member's cell.") UUID organizationId,

            @Schema(description = "The member's status in member-service, e.g. ACTIVE.")
            String status,

            @Schema(description = "Courses enrolled in, by start date.")
            List<CourseTaken> courses,

            @Schema(description = "Training obligations of the member's committee positions.")
            List<ObligationResponse> obligations,

            @Schema(description = "Contests taken part in.") List<ContestTaken> contests) {}

    @Schema(name = "CourseTaken", description = "A course in a member's record.")
    record CourseTaken(
            @Schema(description = "The course.") UUID courseId,
            @Schema(description = "Title.") String title,
            @Schema(description = "Topic.") CourseTopic topic,
            @Schema(description = "First day.") LocalDate startsOn,
            @Schema(description = "Last day.") LocalDate endsOn,
            @Schema(description = "Enrollment status.") EnrollmentStatus status,
            @Schema(description = "Result.") CompletionResult result,
            @Schema(description = "Completion day.") LocalDate completedOn,
            @Schema(description = "Certificate number.") String certificateNumber) {}

    @Schema(name = "ContestTaken", description = "A contest in a member's record.")
    record ContestTaken(
            @Schema(description = "The contest.") UUID contestId,
            @Schema(description = "Title.") String title,
            @Schema(description = "Kind.") String kind,
            @Schema(description = "Year.") int year,
            @Schema(description = "Award, if any.") String award) {}
}
