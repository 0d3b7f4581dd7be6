package vn.partybloc.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** What evaluation-service knows of a committee, from member-service's events. */
@Entity
@Table(name = "committees")
public class CommitteeReplica {

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
