package vn.partybloc.member.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import vn.partybloc.platform.persistence.AuditedEntity;

/** A succession plan (quy hoạch) for one position of an organization's committee in a coming term. */
@Entity
@Table(name = "succession_plans")
public class SuccessionPlan extends AuditedEntity {

    @Id
    public UUID id;

    @Column(name = "organization_id")
    public UUID organizationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "committee_kind")
    public CommitteeKind committeeKind;

    @Enumerated(EnumType.STRING)
    public PositionKind position;

    @Column(name = "term_start_year")
    public int termStartYear;

    @Column(name = "term_end_year")
    public int termEndYear;
}
