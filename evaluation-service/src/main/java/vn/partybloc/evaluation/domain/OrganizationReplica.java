package vn.partybloc.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** What evaluation-service knows of an organization, from organization-service's events. */
@Entity
@Table(name = "organizations")
public class OrganizationReplica {

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

    public boolean contains(OrganizationReplica other) {
        return other.path.startsWith(path);
    }
}
