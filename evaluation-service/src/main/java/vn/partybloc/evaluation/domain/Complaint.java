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
 * A complaint or denunciation about a party member or organization, assigned to the inspection committee that
 * resolves it. Its content, conclusion and complainant are free text about people: they never leave the API, and a
 * denouncer's identity is read only by the assigned committee ({@link Complaints#mayReadComplainant}).
 */
@Entity
@Table(name = "complaints")
public class Complaint extends AuditedEntity {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public ComplaintKind kind;

    @Column(name = "received_on")
    public LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    public ComplaintChannel channel;

    @Column(name = "subject_member_id")
    public UUID subjectMemberId;

    @Column(name = "subject_organization_id")
    public UUID subjectOrganizationId;

    /** The subject's organization (a member's cell when received): whose subtree may read it. */
    @Column(name = "organization_id")
    public UUID organizationId;

    public String content;

    @Column(name = "complainant_name")
    public String complainantName;

    @Column(name = "complainant_contact")
    public String complainantContact;

    /** The organization whose inspection committee resolves it. */
    @Column(name = "assigned_organization_id")
    public UUID assignedOrganizationId;

    /** The last day to acknowledge it, when the terms set one. */
    @Column(name = "acknowledge_by")
    public LocalDate acknowledgeBy;

    /** The last day to resolve it, when the terms set one and it is to be resolved (a denouncer is named). */
    @Column(name = "resolve_by")
    public LocalDate resolveBy;

    @Enumerated(EnumType.STRING)
    public ComplaintStatus status;

    @Column(name = "acknowledged_on")
    public LocalDate acknowledgedOn;

    @Enumerated(EnumType.STRING)
    public ComplaintOutcome outcome;

    public String conclusion;

    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "resolved_on")
    public LocalDate resolvedOn;

    public boolean isAnonymous() {
        return complainantName == null;
    }

    /**
     * On {@code on}, not resolved by then and past its last day to resolve, or not acknowledged by then and past its last
     * day to acknowledge. Read from the dates, so that it holds for any day, past or present.
     */
    public boolean isOverdueOn(LocalDate on) {
        if (resolvedOn != null && !resolvedOn.isAfter(on)) {
            return false;
        }
        boolean acknowledged = acknowledgedOn != null && !acknowledgedOn.isAfter(on);
        boolean lateToAcknowledge = !acknowledged && acknowledgeBy != null && acknowledgeBy.isBefore(on);
        return lateToAcknowledge || (resolveBy != null && resolveBy.isBefore(on));
    }
}
