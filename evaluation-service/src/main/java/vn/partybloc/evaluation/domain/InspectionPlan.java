package vn.partybloc.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import vn.partybloc.platform.persistence.AuditedEntity;

/** A year's inspection or supervision plan of one body: a committee or its inspection committee. */
@Entity
@Table(name = "inspection_plans")
public class InspectionPlan extends AuditedEntity {

    @Id
    public UUID id;

    public int year;

    @Column(name = "body_organization_id")
    public UUID bodyOrganizationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "body_kind")
    public InspectionBody bodyKind;

    @Enumerated(EnumType.STRING)
    public InspectionActivity activity;

    public String title;
}
