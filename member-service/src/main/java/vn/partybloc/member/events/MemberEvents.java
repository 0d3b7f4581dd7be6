package vn.partybloc.member.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partybloc.contracts.Topics;
import vn.partybloc.member.domain.Committee;
import vn.partybloc.member.domain.Member;
import vn.partybloc.member.domain.MembershipChange;
import vn.partybloc.member.domain.Position;
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

    public MemberEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void member(String type, Member m, MembershipChange change) {
        outbox.publishAll(List.of(memberEvent(type, m, change)));
    }

    /** One member event for {@link Outbox#publishAll}: bulk imports publish a chunk's events at once. */
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
                                        change.toOrganizationId)));
    }

    public void publishAll(List<Outbox.Event> events) {
        outbox.publishAll(events);
    }

    public void committee(String type, Committee c) {
        outbox.publish(
                COMMITTEES,
                "Committee",
                c.id,
                type,
                new CommitteeData(c.id, c.organizationId, c.kind.name(), c.termStartYear, c.termEndYear, c.version));
    }

    public void position(String type, Position p, Committee c, boolean firstOnThisCommitteeKind) {
        outbox.publish(
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
                        p.version));
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
            long version) {}
}
