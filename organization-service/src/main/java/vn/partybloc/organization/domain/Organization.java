package vn.partybloc.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
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

    /**
     * A new active organization as the decision founds it: at the root when {@code parent} is null, else directly under
     * {@code parent}. The caller checks the rules first and records who created it.
     */
    public static Organization found(NewOrganization spec, Decision decision, Organization parent) {
        Organization org = new Organization();
        org.id = UUID.randomUUID();
        if (parent == null) {
            org.path = "/" + org.id + "/";
            org.depth = 0;
        } else {
            org.placeUnder(parent);
        }
        org.code = spec.code();
        org.name = spec.name();
        org.type = spec.type();
        org.hostUnit = spec.hostUnit();
        org.foundedOn = spec.foundedOn() == null ? decision.effectiveDate() : spec.foundedOn();
        org.foundingDecision = decision.number();
        org.status = OrganizationStatus.ACTIVE;
        org.statusSince = decision.effectiveDate();
        org.meetsOnline = spec.meetsOnline();
        org.lastEffectiveDate = decision.effectiveDate();
        return org;
    }

    /**
     * What one part of a split of this organization founds: it sits under this organization's parent and takes this
     * organization's type and host unit unless the part names its own.
     */
    public NewOrganization splitPart(NewOrganization part, LocalDate effective) {
        return new NewOrganization(
                part.code(),
                part.name(),
                part.type() == null ? type : part.type(),
                parentId,
                part.hostUnit() == null ? hostUnit : part.hostUnit(),
                effective,
                part.meetsOnline());
    }

    /** Applies a partial update of the descriptive fields; whether a new code is free is the caller's to check. */
    /** Whether {@code update} would change any field: an empty or same-valued patch records nothing. */
    public boolean changedBy(OrganizationChanges update) {
        return (update.code() != null && !update.code().equals(code))
                || (update.name() != null && !update.name().equals(name))
                || (update.hostUnitName() != null
                        && (hostUnit == null || !update.hostUnitName().equals(hostUnit.name)))
                || (update.hostUnitKind() != null && (hostUnit == null || update.hostUnitKind() != hostUnit.kind))
                || (update.meetsOnline() != null && update.meetsOnline() != meetsOnline);
    }

    public void apply(OrganizationChanges update) {
        if (update.code() != null) {
            code = update.code();
        }
        if (update.name() != null) {
            name = update.name();
        }
        if (update.hostUnitName() != null || update.hostUnitKind() != null) {
            hostUnit = HostUnit.patched(hostUnit, update.hostUnitName(), update.hostUnitKind());
        }
        if (update.meetsOnline() != null) {
            meetsOnline = update.meetsOnline();
        }
    }

    /**
     * Moves this organization under {@code parent} together with {@code descendants}, which were read by this
     * organization's path before the move: each keeps its place below this one.
     */
    public void moveUnder(Organization parent, List<Organization> descendants) {
        String oldPath = path;
        placeUnder(parent);
        for (Organization d : descendants) {
            d.path = path + d.path.substring(oldPath.length());
            d.depth = d.pathIds().size() - 1;
        }
    }

    /** Records that a change of this organization took effect on {@code effective}. */
    public void changedOn(LocalDate effective, String actor, Instant now) {
        lastEffectiveDate = effective;
        touch(actor, now);
    }

    /** The organization stops being active (transferred out, split, merged away, dissolved). */
    public void end(OrganizationStatus endStatus, LocalDate effective, String actor, Instant now) {
        status = endStatus;
        statusSince = effective;
        changedOn(effective, actor, now);
    }

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

    /** True for the organization {@code ancestorId} itself and everything below it. */
    public boolean isInSubtreeOf(UUID ancestorId) {
        return isInSubtree(path, ancestorId);
    }

    static boolean isInSubtree(String path, UUID ancestorId) {
        return path.contains("/" + ancestorId + "/");
    }

    private void placeUnder(Organization parent) {
        parentId = parent.id;
        path = parent.path + id + "/";
        depth = parent.depth + 1;
    }
}
