package vn.partybloc.member.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One recorded change of a member, with its date, decision and from/to organization (domain rule 14). */
@Entity
@Table(name = "member_events")
public class MemberEvent {

    @Id
    public UUID id;

    @Column(name = "member_id")
    public UUID memberId;

    @Enumerated(EnumType.STRING)
    public MemberEventKind kind;

    @Column(name = "occurred_on")
    public LocalDate occurredOn;

    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "from_organization_id")
    public UUID fromOrganizationId;

    @Column(name = "to_organization_id")
    public UUID toOrganizationId;

    public String note;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;

    public static MemberEvent of(
            UUID memberId, MemberEventKind kind, LocalDate on, String decision, UUID from, UUID to, String actor) {
        MemberEvent event = new MemberEvent();
        event.id = UUID.randomUUID();
        event.memberId = memberId;
        event.kind = kind;
        event.occurredOn = on;
        event.decisionNumber = decision;
        event.fromOrganizationId = from;
        event.toOrganizationId = to;
        event.recordedAt = Instant.now();
        event.recordedBy = actor;
        return event;
    }
}
