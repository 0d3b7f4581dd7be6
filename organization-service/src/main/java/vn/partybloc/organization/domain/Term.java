package vn.partybloc.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import vn.partybloc.platform.persistence.AuditedEntity;

/** A term of office (nhiệm kỳ) of an organization, e.g. 2020–2025, opened by a congress. */
@Entity
@Table(name = "terms")
public class Term extends AuditedEntity {

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

    public String label() {
        return startYear + "–" + endYear;
    }
}
