package vn.partybloc.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A committee position as member-service published it. */
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

    @Column(name = "end_reason")
    public String endReason;

    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
