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
 * A discipline case against a party member: the violation, the body that handles it, and once decided the form, the
 * decision and, for a removal from post, the post. The violation is free text about a person and never leaves the
 * API; the decision travels as {@code DisciplineDecided}.
 */
@Entity
@Table(name = "discipline_cases")
public class DisciplineCase extends AuditedEntity {

    @Id
    public UUID id;

    @Column(name = "member_id")
    public UUID memberId;

    /** The member's cell when the case was opened: whose subtree may read it. */
    @Column(name = "organization_id")
    public UUID organizationId;

    public String violation;

    @Enumerated(EnumType.STRING)
    public DisciplineCategory category;

    @Column(name = "violated_on")
    public LocalDate violatedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "body_kind")
    public DisciplineBody bodyKind;

    @Column(name = "body_organization_id")
    public UUID bodyOrganizationId;

    @Enumerated(EnumType.STRING)
    @Column(name = "body_level")
    public DisciplineLevel bodyLevel;

    @Column(name = "opened_on")
    public LocalDate openedOn;

    @Enumerated(EnumType.STRING)
    public DisciplineStatus status;

    @Enumerated(EnumType.STRING)
    public DisciplineForm form;

    /** The post a removal from post ends. */
    @Column(name = "position_id")
    public UUID positionId;

    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    /** The member found the fault and finished remedying it themselves (QĐ 124-QĐ/TW, Điều 12 khoản 4 4.3 d). */
    @Column(name = "self_remedied")
    public boolean selfRemedied;
}
