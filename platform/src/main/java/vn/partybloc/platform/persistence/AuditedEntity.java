package vn.partybloc.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The columns every write-model table carries: the optimistic-lock version (also the ETag) and who created and last
 * changed the row, and when.
 */
@MappedSuperclass
public abstract class AuditedEntity {

    @Version
    public long version;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "updated_by")
    public String updatedBy;

    public void created(String actor, Instant now) {
        createdAt = now;
        createdBy = actor;
        touch(actor, now);
    }

    public void touch(String actor, Instant now) {
        updatedAt = now;
        updatedBy = actor;
    }
}
