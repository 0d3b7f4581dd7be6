package vn.partybloc.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** What evaluation-service knows of a party member, from member-service's events. */
@Entity
@Table(name = "members")
public class MemberReplica {

    @Id
    public UUID id;

    @Column(name = "full_name")
    public String fullName;

    /** The member's cell. */
    @Column(name = "organization_id")
    public UUID organizationId;

    @Column(name = "membership_kind")
    public String membershipKind;

    public String status;

    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public boolean isActive() {
        return "ACTIVE".equals(status);
    }
}
