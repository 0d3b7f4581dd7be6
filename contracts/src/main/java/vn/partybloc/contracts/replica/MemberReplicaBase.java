package vn.partybloc.contracts.replica;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/**
 * What a service knows of a party member, from member-service's events (name, status, cell). Each consuming service
 * maps it with its own {@code @Entity @Table(name = "members")} subclass on the table of {@code db/replica/members};
 * the contracts map no table, since member-service's own {@code members} table is its write model.
 */
@MappedSuperclass
public abstract class MemberReplicaBase {

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

    /** Still a member of the Bloc: active, or exempt from activities (miễn sinh hoạt), who has not left. */
    public boolean isOnRegister() {
        return isActive() || "EXEMPT".equals(status);
    }
}
