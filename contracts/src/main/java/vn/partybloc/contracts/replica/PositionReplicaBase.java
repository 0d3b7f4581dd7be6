package vn.partybloc.contracts.replica;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * What a service knows of a committee position, from member-service's events. Each consuming service maps it with its
 * own {@code @Entity @Table(name = "positions")} subclass on the table of {@code db/replica/positions}; the contracts
 * map no table, since member-service's own {@code positions} table is its write model.
 */
@MappedSuperclass
public abstract class PositionReplicaBase {

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
