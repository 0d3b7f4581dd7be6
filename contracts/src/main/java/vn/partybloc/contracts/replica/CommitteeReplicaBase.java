package vn.partybloc.contracts.replica;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/**
 * What a service knows of a committee, from member-service's events. Each consuming service maps it with its own
 * {@code @Entity @Table(name = "committees")} subclass on the table of {@code db/replica/committees}.
 */
@MappedSuperclass
public abstract class CommitteeReplicaBase {

    @Id
    public UUID id;

    @Column(name = "organization_id")
    public UUID organizationId;

    public String kind;

    @Column(name = "term_start_year")
    public int termStartYear;

    @Column(name = "term_end_year")
    public int termEndYear;

    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;
}
