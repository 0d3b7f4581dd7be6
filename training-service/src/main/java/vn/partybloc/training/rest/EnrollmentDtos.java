package vn.partybloc.training.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.platform.validation.PlainText;
import vn.partybloc.platform.validation.Text;
import vn.partybloc.training.domain.Completion;
import vn.partybloc.training.domain.CompletionResult;
import vn.partybloc.training.domain.Enrollment;
import vn.partybloc.training.domain.EnrollmentStatus;
import vn.partybloc.training.domain.MemberSelection;

/** Bodies and answers of the enrollment, attendance and completion endpoints. */
final class EnrollmentDtos {

    static final int MAX_BULK = 5000;

    private EnrollmentDtos() {}

    @Schema(name = "EnrollmentRequest", description = "One member to enrol.")
    record EnrollmentRequest(
            @Schema(description = "The member (an active member known from member-service).") @NotNull
            UUID memberId) {}

    @Schema(
            name = "BulkEnrollmentRequest",
            description = "Whom to enrol: either `memberIds`, or `organizationId` for the active "
                    + "members of that subtree; add `committeeMembersOnly`, `positions` or `committeeKinds` to take only the subtree's "
                    + "committee members holding such positions today. Members already enrolled are skipped; if the rest would exceed "
                    + "the capacity, nobody is enrolled (422 TRN-CAPACITY).")
    record BulkEnrollmentRequest(
            @Schema(description = "The members.", maxItems = MAX_BULK) @Size(max = MAX_BULK)
            List<@NotNull UUID> memberIds,

            @Schema(description = "Root of the subtree whose members to enrol.")
            UUID organizationId,

            @Schema(description = "Only committee members of the subtree (any position).")
            Boolean committeeMembersOnly,

            @Schema(
                    description =
                            "Only holders of these positions, e.g. SECRETARY (bí thư), DEPUTY_SECRETARY, MEMBER, CHAIR, VICE_CHAIR.")
            @Size(max = 5)
            List<@NotNull PositionKind> positions,

            @Schema(
                    description =
                            "Only positions on these committees, e.g. CELL_COMMITTEE (chi ủy), EXECUTIVE_COMMITTEE.")
            @Size(max = 4)
            List<@NotNull CommitteeKind> committeeKinds) {

        @AssertTrue(message = "give either memberIds or organizationId")
        @Schema(hidden = true)
        public boolean isOneSelection() {
            return (memberIds == null) != (organizationId == null);
        }

        @AssertTrue(message = "committeeMembersOnly, positions and committeeKinds go with organizationId")
        @Schema(hidden = true)
        public boolean isPositionFilterWithSubtree() {
            return organizationId != null
                    || (committeeMembersOnly == null && positions == null && committeeKinds == null);
        }

        MemberSelection toDomain() {
            return new MemberSelection(
                    memberIds,
                    organizationId,
                    Boolean.TRUE.equals(committeeMembersOnly),
                    names(positions),
                    names(committeeKinds));
        }

        private static Set<String> names(List<? extends Enum<?>> values) {
            return values == null
                    ? Set.of()
                    : values.stream().filter(Objects::nonNull).map(Enum::name).collect(Collectors.toSet());
        }
    }

    /** The same schema as member-service's, so the gateway's merged document shares it. */
    @Schema(
            name = "PositionKind",
            description =
                    "SECRETARY (bí thư), DEPUTY_SECRETARY (phó bí thư), MEMBER (ủy viên); in an inspection committee CHAIR (chủ nhiệm), VICE_CHAIR (phó chủ nhiệm), MEMBER.")
    enum PositionKind {
        SECRETARY,
        DEPUTY_SECRETARY,
        MEMBER,
        CHAIR,
        VICE_CHAIR
    }

    /** The same schema as member-service's, so the gateway's merged document shares it. */
    @Schema(
            name = "CommitteeKind",
            description =
                    "EXECUTIVE_COMMITTEE (ban chấp hành), STANDING_COMMITTEE (ban thường vụ), CELL_COMMITTEE (chi ủy), INSPECTION_COMMITTEE (ủy ban kiểm tra).")
    enum CommitteeKind {
        EXECUTIVE_COMMITTEE,
        STANDING_COMMITTEE,
        CELL_COMMITTEE,
        INSPECTION_COMMITTEE
    }

    @Schema(name = "BulkEnrollmentResult", description = "What a bulk enrolment did.")
    record BulkEnrollmentResult(
            @Schema(description = "Members enrolled now.") int enrolled,

            @Schema(description = "Selected members who were already enrolled (skipped).")
            int alreadyEnrolled,

            @Schema(description = "The new enrollments.") List<EnrollmentResponse> enrollments) {}

    @Schema(
            name = "SessionRequest",
            description = "Attendance at one session: the listed members were present, every other "
                    + "enrolled member you manage absent. Recording a session again replaces it.")
    record SessionRequest(
            @Schema(description = "The session's day, within the course's dates.", example = "2022-05-10") @NotNull
            LocalDate sessionOn,

            @Schema(description = "Members present.", maxItems = MAX_BULK) @NotNull @Size(max = MAX_BULK)
            List<@NotNull UUID> presentMemberIds) {

        @AssertTrue(message = "presentMemberIds lists a member twice")
        @Schema(hidden = true)
        public boolean isDistinct() {
            return presentMemberIds == null || new HashSet<>(presentMemberIds).size() == presentMemberIds.size();
        }
    }

    @Schema(name = "SessionResult", description = "Attendance recorded for one session.")
    record SessionResult(
            @Schema(description = "Recorded present.") int present,
            @Schema(description = "Recorded absent.") int absent) {}

    @Schema(
            name = "CompletionRequest",
            description = "How the course ended for enrolled members: one request per course is "
                    + "enough, up to 5,000 members.")
    record CompletionsRequest(
            @Schema(description = "One item per member.", maxItems = MAX_BULK) @NotEmpty @Size(max = MAX_BULK)
            List<@NotNull @Valid Item> completions) {

        @AssertTrue(message = "completions lists a member twice")
        @Schema(hidden = true)
        public boolean isDistinct() {
            return completions == null
                    || completions.stream()
                                    .filter(Objects::nonNull)
                                    .map(Item::memberId)
                                    .distinct()
                                    .count()
                            == completions.stream().filter(Objects::nonNull).count();
        }

        List<Completion> toDomain() {
            return completions.stream()
                    .map(i ->
                            new Completion(i.memberId(), i.result(), i.completedOn(), Text.nfc(i.certificateNumber())))
                    .toList();
        }
    }

    @Schema(name = "CompletionItem", description = "The result of one member.")
    record Item(
            @Schema(description = "The member, enrolled in the course.") @NotNull
            UUID memberId,

            @Schema(description = "Result; FAILED means not completed (not trained).") @NotNull
            CompletionResult result,

            @Schema(
                    description =
                            "Completion day; the course's last day when absent. From the course's start to today.",
                    example = "2022-05-13")
            @PastOrPresent
            LocalDate completedOn,

            @Schema(description = "Certificate number (số chứng chỉ).", example = "125/CN-ĐUK", maxLength = 64)
            @Size(max = 64)
            @PlainText
            String certificateNumber) {}

    @Schema(name = "CompletionsResult", description = "What a completions request recorded.")
    record CompletionsResult(
            @Schema(description = "Members recorded as completed (trained).")
            long completed,

            @Schema(description = "Members recorded as not completed.")
            long notCompleted,

            @Schema(description = "Training obligations these completions fulfilled.")
            int obligationsFulfilled) {}

    @Schema(name = "Enrollment", description = "A member enrolled in a course.")
    record EnrollmentResponse(
            @Schema(description = "Id.") UUID id,
            @Schema(description = "The course.") UUID courseId,
            @Schema(description = "The member.") UUID memberId,

            @Schema(description = "The member's name, from member-service.")
            String memberName,

            @Schema(description = "The member's cell when enrolled.")
            UUID organizationId,

            @Schema(description = "Status.") EnrollmentStatus status,
            @Schema(description = "Result, once recorded.") CompletionResult result,

            @Schema(description = "Completion day, once recorded.")
            LocalDate completedOn,

            @Schema(description = "Certificate number.") String certificateNumber,
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
}
