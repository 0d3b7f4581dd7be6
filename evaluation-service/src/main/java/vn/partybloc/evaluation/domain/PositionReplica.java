package vn.partybloc.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What evaluation-service knows of a committee position, from member-service's events. */
@Entity
@Table(name = "positions")
public class PositionReplica {

    @Id
    public UUID id;

    @Column(name = "member_id")
    public UUID memberId;

    @Column(name = "committee_id")
    public UUID committeeId;

    @Column(name = "organization_id")
    public UUID organizationId;

    @Column(name = "committee_kind")
    public String committeeKind;

    public String position;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public boolean heldDuring(LocalDate from, LocalDate to) {
        return !startsOn.isAfter(to) && (endsOn == null || !endsOn.isBefore(from));
    }
}
