package vn.partybloc.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;
import vn.partybloc.platform.persistence.AuditedEntity;

/** A month of an organization's meetings as last recorded; its version is the month's ETag. */
@Entity
@Table(name = "meeting_months")
public class MeetingMonth extends AuditedEntity {

    @Id
    public UUID id;

    @Column(name = "organization_id")
    public UUID organizationId;

    /** The first day of the month. */
    public LocalDate month;

    /** SHA-256 of what was recorded, so that recording the same month again is not a change. */
    @Column(name = "content_hash")
    public String contentHash;

    public YearMonth yearMonth() {
        return YearMonth.from(month);
    }
}
