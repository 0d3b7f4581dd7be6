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

/**
 * The disciplined member's appeal against the decision in force on their case, to a body above the one that decided
 * it, and once resolved its outcome: the form upheld, changed to {@link #form}, or annulled.
 */
@Entity
@Table(name = "discipline_appeals")
public class DisciplineAppeal extends AuditedEntity {

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    /** When the member received the decision appealed against: the appeal's time runs from it. */
    @Column(name = "received_on")
    public LocalDate receivedOn;

    @Column(name = "lodged_on")
    public LocalDate lodgedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "body_kind")
    public DisciplineBody bodyKind;

    @Column(name = "body_organization_id")
    public UUID bodyOrganizationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "body_level")
    public DisciplineLevel bodyLevel;

    @Enumerated(EnumType.STRING)
    public AppealStatus status;

    /** The form in force when the appeal was lodged. */
    @Enumerated(EnumType.STRING)
    @Column(name = "previous_form")
    public DisciplineForm previousForm;

    @Enumerated(EnumType.STRING)
    public AppealOutcome outcome;

    /** The form the appeal changed the decision to. */
    @Enumerated(EnumType.STRING)
    public DisciplineForm form;

    /** The post a decision changed to a removal from post ends. */
    @Column(name = "position_id")
    public UUID positionId;

    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "resolved_on")
    public LocalDate resolvedOn;

    public boolean isPending() {
        return status == AppealStatus.PENDING;
    }
}
