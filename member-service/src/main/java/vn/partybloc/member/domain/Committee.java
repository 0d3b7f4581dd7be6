package vn.partybloc.member.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import vn.partybloc.platform.persistence.AuditedEntity;

/** A committee of an organization for one term: executive, standing, cell or inspection committee. */
@Entity
@Table(name = "committees")
public class Committee extends AuditedEntity {

    @Id
    public UUID id;

    @Column(name = "organization_id")
    public UUID organizationId;

    @Enumerated(EnumType.STRING)
    public CommitteeKind kind;

    @Column(name = "term_start_year")
    public int termStartYear;

    @Column(name = "term_end_year")
    public int termEndYear;
}
