package vn.partybloc.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.UUID;
import vn.partybloc.platform.persistence.AuditedEntity;

/** A target for one cycle and subtree: e.g. members, at least good, at least 90%. */
@Entity
@Table(name = "targets")
public class Target extends AuditedEntity {

    @Id
    public UUID id;

    @Column(name = "cycle_id")
    public UUID cycleId;

    /** Root of the subtree the target is set for; null for the whole Bloc. */
    @Column(name = "organization_id")
    public UUID organizationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind")
    public SubjectKind subjectKind;

    @Enumerated(EnumType.STRING)
    public TargetMetric metric;

    @Enumerated(EnumType.STRING)
    public TargetComparison comparison;

    public BigDecimal percent;

    public String note;
}
