package vn.partybloc.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import vn.partybloc.platform.persistence.AuditedEntity;

/** A party organization in the Bloc's tree, as it stands after the latest recorded change. */
@Entity
@Table(name = "organizations")
public class Organization extends AuditedEntity {

    @Id
    public UUID id;

    public String code;

    public String name;

    @Enumerated(EnumType.STRING)
    public OrganizationType type;

    @Column(name = "parent_id")
    public UUID parentId;

    /** {@code /rootId/.../thisId/}: see the migration. */
    public String path;

    public int depth;

    @Embedded
    public HostUnit hostUnit;

    @Column(name = "founded_on")
    public LocalDate foundedOn;

    @Column(name = "founding_decision")
    public String foundingDecision;

    @Enumerated(EnumType.STRING)
    public OrganizationStatus status;

    @Column(name = "status_since")
    public LocalDate statusSince;

    @Column(name = "meets_online")
    public boolean meetsOnline;

    /** Effective date of the latest change: a new change may not take effect before it. */
    @Column(name = "last_effective_date")
    public LocalDate lastEffectiveDate;

    public boolean isActive() {
        return status == OrganizationStatus.ACTIVE;
    }

    /** Ancestor ids from the Bloc down to this organization (included). */
    public List<UUID> pathIds() {
        return pathIds(path);
    }

    public static List<UUID> pathIds(String path) {
        return Arrays.stream(path.split("/"))
                .filter(s -> !s.isEmpty())
                .map(UUID::fromString)
                .toList();
    }

    public boolean isInSubtreeOf(UUID ancestorId) {
        return path.contains("/" + ancestorId + "/");
    }
}
