package vn.partybloc.training.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partybloc.contracts.Topics;
import vn.partybloc.platform.events.Outbox;
import vn.partybloc.training.domain.Contest;
import vn.partybloc.training.domain.ContestParticipant;
import vn.partybloc.training.domain.Course;
import vn.partybloc.training.domain.Enrollment;
import vn.partybloc.training.domain.TrainingObligation;

/**
 * The events training-service publishes, all on one topic. Course and enrollment events are keyed by the course, so a
 * course's events stay in order; obligation events by the obligation; contest events by the contest.
 */
@ApplicationScoped
public class TrainingEvents {

    public static final String TOPIC = Topics.TRAINING;

    public static final String COURSE_SCHEDULED = "CourseScheduled";
    public static final String COURSE_UPDATED = "CourseUpdated";
    public static final String COURSE_STATUS_CHANGED = "CourseStatusChanged";
    public static final String MEMBER_ENROLLED = "MemberEnrolled";
    public static final String ENROLLMENT_COMPLETED = "EnrollmentCompleted";
    public static final String OBLIGATION_OPENED = "TrainingObligationOpened";
    public static final String OBLIGATION_FULFILLED = "TrainingObligationFulfilled";
    public static final String OBLIGATION_OVERDUE = "TrainingObligationOverdue";
    public static final String OBLIGATION_CLOSED = "TrainingObligationClosed";
    public static final String CONTEST_ANNOUNCED = "ContestAnnounced";
    public static final String CONTEST_AWARDED = "ContestAwardsRecorded";

    private final Outbox outbox;

    public TrainingEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void course(String type, Course c) {
        outbox.publish(new Outbox.Event(
                TOPIC,
                "Course",
                c.id,
                type,
                new CourseData(
                        c.id,
                        c.title,
                        c.topic.name(),
                        c.organizationId,
                        c.format.name(),
                        c.startsOn,
                        c.endsOn,
                        c.place,
                        c.capacity,
                        c.status.name(),
                        c.version),
                Outbox.about(c.organizationId)));
    }

    /** About the member's organization and the one that holds the course. */
    public void enrollment(String type, Enrollment e, Course c) {
        outbox.publish(new Outbox.Event(
                TOPIC,
                "Course",
                c.id,
                type,
                new EnrollmentData(
                        e.id,
                        c.id,
                        c.topic.name(),
                        e.memberId,
                        e.organizationId,
                        e.status.name(),
                        e.result == null ? null : e.result.name(),
                        e.completedOn,
                        e.certificateNumber,
                        e.version),
                Outbox.about(e.organizationId, c.organizationId)));
    }

    public void obligation(String type, TrainingObligation o) {
        obligation(type, snapshot(o));
    }

    public void obligation(String type, ObligationData data) {
        outbox.publish(obligationEvent(type, data));
    }

    /** An obligation's event of {@code type}, with the obligation as it was when announced. */
    public record Announced(String type, ObligationData data) {}

    /** Obligations' events, in order, recorded at once (one flush, one batch). */
    public void obligations(List<Announced> announced) {
        outbox.publishAll(
                announced.stream().map(a -> obligationEvent(a.type(), a.data())).toList());
    }

    private static Outbox.Event obligationEvent(String type, ObligationData data) {
        return new Outbox.Event(
                TOPIC, "TrainingObligation", data.obligationId(), type, data, Outbox.about(data.organizationId()));
    }

    /** The obligation's state now, for an event published later in the transaction. */
    public static ObligationData snapshot(TrainingObligation o) {
        return new ObligationData(
                o.id,
                o.memberId,
                o.positionId,
                o.organizationId,
                o.committeeKind,
                o.position,
                o.startsOn,
                o.dueOn,
                o.status.name(),
                o.fulfilledByEnrollment,
                o.fulfilledOn,
                o.closedOn,
                o.closeReason,
                o.version);
    }

    public void contest(String type, Contest c, List<ContestParticipant> awarded) {
        outbox.publish(new Outbox.Event(
                TOPIC,
                "Contest",
                c.id,
                type,
                new ContestData(
                        c.id,
                        c.title,
                        c.kind.name(),
                        c.organizationId,
                        c.year,
                        awarded.stream()
                                .filter(p -> p.award != null)
                                .map(p -> new AwardData(p.memberId, p.award.name()))
                                .toList(),
                        c.version),
                Outbox.about(c.organizationId)));
    }

    /** A course's full state after the change. */
    public record CourseData(
            UUID courseId,
            String title,
            String topic,
            UUID organizationId,
            String format,
            LocalDate startsOn,
            LocalDate endsOn,
            String place,
            int capacity,
            String status,
            long version) {}

    /** An enrollment's full state after the change; {@code topic} is the course's, so consumers need no course replica. */
    public record EnrollmentData(
            UUID enrollmentId,
            UUID courseId,
            String topic,
            UUID memberId,
            UUID organizationId,
            String status,
            String result,
            LocalDate completedOn,
            String certificateNumber,
            long version) {}

    /** An obligation's full state after the change. */
    public record ObligationData(
            UUID obligationId,
            UUID memberId,
            UUID positionId,
            UUID organizationId,
            String committeeKind,
            String position,
            LocalDate startsOn,
            LocalDate dueOn,
            String status,
            UUID fulfilledByEnrollmentId,
            LocalDate fulfilledOn,
            LocalDate closedOn,
            String closeReason,
            long version) {}

    /** A contest and every award given so far. */
    public record ContestData(
            UUID contestId,
            String title,
            String kind,
            UUID organizationId,
            int year,
            List<AwardData> awards,
            long version) {}

    public record AwardData(UUID memberId, String award) {}
}
