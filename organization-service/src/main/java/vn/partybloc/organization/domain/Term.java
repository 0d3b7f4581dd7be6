package vn.partybloc.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A term of office (nhiệm kỳ) of an organization, e.g. 2020–2025, opened by a congress. */
@Entity
@Table(name = "terms")
public class Term {

    @Id
    public UUID id;

    @Column(name = "organization_id")
    public UUID organizationId;

    @Column(name = "start_year")
    public int startYear;

    @Column(name = "end_year")
    public int endYear;

    @Column(name = "congress_date")
    public LocalDate congressDate;

    @Column(name = "decision_number")
    public String decisionNumber;

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

    public String label() {
        return startYear + "–" + endYear;
    }
}
