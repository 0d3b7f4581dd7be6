package vn.partybloc.member.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import vn.partybloc.platform.persistence.AuditedEntity;

/** A committee position held by a member: what makes them a committee member (cấp ủy viên). */
@Entity
@Table(name = "positions")
public class Position extends AuditedEntity {

    @Id
    public UUID id;

    @Column(name = "committee_id")
    public UUID committeeId;

    @Column(name = "member_id")
    public UUID memberId;

    @Enumerated(EnumType.STRING)
    public PositionKind position;

    @Enumerated(EnumType.STRING)
    public Appointment appointment;

    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    public EndReason endReason;

    /** The discipline case whose removal from post ended this position. */
    @Column(name = "discipline_case_id")
    public UUID disciplineCaseId;

    public boolean isActiveOn(LocalDate day) {
        return !startsOn.isAfter(day) && (endsOn == null || !endsOn.isBefore(day));
    }
}
