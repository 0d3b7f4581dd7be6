package vn.partybloc.training.rest;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.training.domain.CompletionResult;
import vn.partybloc.training.domain.Enrollment;
import vn.partybloc.training.domain.EnrollmentStatus;

@Schema(name = "Enrollment", description = "A member enrolled in a course.")
public record EnrollmentResponse(
        @Schema(description = "Id.") UUID id,
        @Schema(description = "The course.") UUID courseId,
        @Schema(description = "The member.") UUID memberId,

        @Schema(description = "The member's name, from member-service.")
        String memberName,

        @Schema(description = "The member's cell when enrolled.")
        UUID organizationId,

        @Schema(description = "Status.") EnrollmentStatus status,

        @Schema(description = "Result, once recorded.", nullable = true)
        CompletionResult result,

        @Schema(description = "Completion day, once recorded.", nullable = true)
        LocalDate completedOn,

        @Schema(description = "Certificate number.", nullable = true)
        String certificateNumber,

        @Schema(description = "Sessions attended.") int sessionsAttended,
        @Schema(description = "Version.") long version) {

    static EnrollmentResponse from(Enrollment e, Map<UUID, String> names, Map<UUID, Integer> sessions) {
        return new EnrollmentResponse(
                e.id,
                e.courseId,
                e.memberId,
                names.get(e.memberId),
                e.organizationId,
                e.status,
                e.result,
                e.completedOn,
                e.certificateNumber,
                sessions.getOrDefault(e.id, 0),
                e.version);
    }
}
