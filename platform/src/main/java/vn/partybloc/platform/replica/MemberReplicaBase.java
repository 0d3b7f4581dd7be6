package vn.partybloc.platform.replica;

import jakarta.persistence.Column;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;

/**
 * What a service knows of a party member, from member-service's events (name, status, cell). Each consuming service
 * maps it with its own {@code @Entity @Table(name = "members")} subclass; the platform maps no table, since
 * member-service's own {@code members} table is its write model.
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

    /**
     * Stores the member's state in this service's {@code members} replica unless it already holds a newer version
     * (ADR 0006), so duplicates and late arrivals change nothing. For the service's repository to call.
     */
    public static boolean upsert(EntityManager entityManager, MemberReplicaBase state) {
        return entityManager
                        .createNativeQuery("""
                insert into members (id, full_name, organization_id, membership_kind, status, version, updated_at)
                values (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                on conflict (id) do update set full_name = excluded.full_name, organization_id = excluded.organization_id,
                    membership_kind = excluded.membership_kind, status = excluded.status, version = excluded.version,
                    updated_at = excluded.updated_at
                where members.version < excluded.version""")
                        .setParameter(1, state.id)
                        .setParameter(2, state.fullName)
                        .setParameter(3, state.organizationId)
                        .setParameter(4, state.membershipKind)
                        .setParameter(5, state.status)
                        .setParameter(6, state.version)
                        .setParameter(7, Timestamp.from(Instant.now()))
                        .executeUpdate()
                > 0;
    }
}
