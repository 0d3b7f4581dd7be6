package vn.partybloc.contracts.replica;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;
import vn.partybloc.contracts.OrganizationTypes;

/**
 * What a service knows of an organization, from organization-service's events. Each consuming service maps it with its
 * own {@code @Entity @Table(name = "organizations")} subclass on the table of {@code db/replica/organizations}; the
 * contracts map no table, since organization-service's
 * own {@code organizations} table is its write model.
 */
@MappedSuperclass
public abstract class OrganizationReplicaBase {

    @Id
    public UUID id;

    public String code;

    public String name;

    public String type;

    @Column(name = "parent_id")
    public UUID parentId;

    /** {@code /blocId/.../thisId/}, as in organization-service. */
    public String path;

    public String status;

    @Column(name = "host_unit_name")
    public String hostUnitName;

    public long version;

    @Column(name = "updated_at")
    public Instant updatedAt;

    public boolean isActive() {
        return "ACTIVE".equals(status);
    }

    public boolean isCell() {
        return OrganizationTypes.isCell(type);
    }

    public boolean contains(OrganizationReplicaBase other) {
        return other.path.startsWith(path);
    }
}
