package vn.partybloc.member.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.partybloc.contracts.Topics;
import vn.partybloc.contracts.events.PositionState;
import vn.partybloc.member.domain.Committee;
import vn.partybloc.member.domain.Member;
import vn.partybloc.member.domain.MembershipChange;
import vn.partybloc.member.domain.Position;
import vn.partybloc.member.domain.Responsibility;
import vn.partybloc.member.repository.ResponsibilityRepository;
import vn.partybloc.platform.events.Outbox;

/**
 * The events member-service publishes. Member events are keyed by member, committee and position events by their
 * own id. Payloads never carry {@code nationalId} or vetting data: they reach every consumer and the changes feed.
 */
@ApplicationScoped
public class MemberEvents {

    public static final String MEMBERS = Topics.MEMBERS;
    public static final String COMMITTEES = Topics.COMMITTEES;
    public static final String POSITIONS = Topics.POSITIONS;

    private final Outbox outbox;
    private final ResponsibilityRepository responsibilities;

    public MemberEvents(Outbox outbox, ResponsibilityRepository responsibilities) {
        this.outbox = outbox;
        this.responsibilities = responsibilities;
    }

    public void member(String type, Member m, MembershipChange change) {
        outbox.publishAll(List.of(memberEvent(type, m, change)));
    }

    /**
     * One member event for {@link Outbox#publishAll}: bulk imports publish a chunk's events at once. It is about the
     * member's organization and, for a move, the one they left.
     */
    public Outbox.Event memberEvent(String type, Member m, MembershipChange change) {
        return new Outbox.Event(
                MEMBERS,
                "Member",
                m.id,
                type,
                new MemberData(
                        m.id,
                        m.fullName,
                        m.gender.name(),
                        m.dateOfBirth,
                        m.organizationId,
                        m.membershipKind.name(),
                        m.status.name(),
                        m.admittedOn,
                        m.fullMemberSince,
                        m.degree == null ? null : m.degree.name(),
                        m.version,
                        change == null
                                ? null
                                : new Change(
                                        change.kind.name(),
                                        change.occurredOn,
                                        change.decisionNumber,
                                        change.fromOrganizationId,
                                        change.toOrganizationId)),
                change == null
                        ? Outbox.about(m.organizationId)
                        : Outbox.about(m.organizationId, change.fromOrganizationId, change.toOrganizationId));
    }

    public void publishAll(List<Outbox.Event> events) {
        outbox.publishAll(events);
    }

    public void committee(String type, Committee c) {
        committees(type, List.of(c));
    }

    /** One event per committee, published together. */
    public void committees(String type, List<Committee> changed) {
        outbox.publishAll(changed.stream().map(c -> committeeEvent(type, c)).toList());
    }

    private static Outbox.Event committeeEvent(String type, Committee c) {
        return new Outbox.Event(
                COMMITTEES,
                "Committee",
                c.id,
                type,
                new CommitteeData(c.id, c.organizationId, c.kind.name(), c.termStartYear, c.termEndYear, c.version),
                Outbox.about(c.organizationId));
    }

    /** A new position: it has no responsibilities yet. */
    public void positionStarted(Position p, Committee c, boolean newToCommittee) {
        position(PositionState.STARTED, p, c, newToCommittee, List.of());
    }

    /** An ended position, with the responsibilities that end with it. */
    public void positionEnded(Position p, Committee c) {
        position(PositionState.ENDED, p, c, false, responsibilities.ofPosition(p.id));
    }

    /** A responsibility assigned: the position's new state with all its responsibilities. */
    public void responsibilityAssigned(Position p, Committee c) {
        responsibilitiesAssigned(List.of(p), c);
    }

    /**
     * Responsibilities assigned to several positions of one committee at once: each position's new state with all its
     * responsibilities, one event per position.
     */
    public void responsibilitiesAssigned(Collection<Position> assignedTo, Committee c) {
        Map<UUID, List<Responsibility>> byPosition =
                responsibilities.ofPositions(assignedTo.stream().map(p -> p.id).toList()).stream()
                        .collect(Collectors.groupingBy(r -> r.positionId));
        outbox.publishAll(assignedTo.stream()
                .map(p -> positionEvent(
                        PositionState.RESPONSIBILITY_ASSIGNED, p, c, false, byPosition.getOrDefault(p.id, List.of())))
                .toList());
    }

    private void position(
            String type, Position p, Committee c, boolean firstOnThisCommitteeKind, List<Responsibility> assigned) {
        outbox.publish(positionEvent(type, p, c, firstOnThisCommitteeKind, assigned));
    }

    private static Outbox.Event positionEvent(
            String type, Position p, Committee c, boolean firstOnThisCommitteeKind, List<Responsibility> assigned) {
        return new Outbox.Event(
                POSITIONS,
                "Position",
                p.id,
                type,
                new PositionData(
                        p.id,
                        p.memberId,
                        c.id,
                        c.organizationId,
                        c.kind.name(),
                        p.position.name(),
                        p.appointment.name(),
                        p.decisionNumber,
                        p.startsOn,
                        p.endsOn,
                        p.endReason == null ? null : p.endReason.name(),
                        firstOnThisCommitteeKind,
                        assigned.stream()
                                .map(r -> new ResponsibilityData(
                                        r.id, r.field, r.followedOrganizationId, r.attendsMeetings))
                                .toList(),
                        p.version),
                Outbox.about(c.organizationId));
    }

    /** A member's state after the change, without sensitive fields. */
    public record MemberData(
            UUID memberId,
            String fullName,
            String gender,
            LocalDate dateOfBirth,
            UUID organizationId,
            String membershipKind,
            String status,
            LocalDate admittedOn,
            LocalDate fullMemberSince,
            String degree,
            long version,
            Change change) {}

    public record Change(
            String kind, LocalDate occurredOn, String decisionNumber, UUID fromOrganizationId, UUID toOrganizationId) {}

    public record CommitteeData(
            UUID committeeId, UUID organizationId, String kind, int termStartYear, int termEndYear, long version) {}

    /**
     * {@code newToCommittee}: newly added to the organization's committees, with no earlier seat on one of the same
     * family in any term (a training obligation); re-elected members and second seats are not.
     */
    public record PositionData(
            UUID positionId,
            UUID memberId,
            UUID committeeId,
            UUID organizationId,
            String committeeKind,
            String position,
            String appointment,
            String decisionNumber,
            LocalDate startsOn,
            LocalDate endsOn,
            String endReason,
            boolean newToCommittee,
            List<ResponsibilityData> responsibilities,
            long version) {}

    /** A field of work the committee member is assigned, with the cell they follow if any (phân công phụ trách). */
    public record ResponsibilityData(
            UUID responsibilityId, String field, UUID followedOrganizationId, boolean attendsMeetings) {}
}
