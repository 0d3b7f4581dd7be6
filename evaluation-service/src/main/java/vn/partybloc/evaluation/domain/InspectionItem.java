package vn.partybloc.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import vn.partybloc.platform.persistence.AuditedEntity;

/** One planned inspection or supervision: its subject, content and schedule, then its findings and conclusion. */
@Entity
@Table(name = "inspection_items")
public class InspectionItem extends AuditedEntity {

    @Id
    public UUID id;

    @Column(name = "plan_id")
    public UUID planId;

    @Enumerated(EnumType.STRING)
    public InspectionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind")
    public InspectionSubjectKind subjectKind;

    @Column(name = "subject_id")
    public UUID subjectId;

    public String content;

    @Column(name = "planned_from")
    public LocalDate plannedFrom;

    @Column(name = "planned_to")
    public LocalDate plannedTo;

    @Enumerated(EnumType.STRING)
    public InspectionStatus status;

    public String findings;

    public String conclusion;

    @Column(name = "concluded_on")
    public LocalDate concludedOn;

    @Column(name = "concluded_by")
    public String concludedBy;
}
