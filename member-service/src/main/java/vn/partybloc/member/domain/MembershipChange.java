package vn.partybloc.member.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One row of a member's history (domain rule 14): a recorded change with its date, decision and from/to organization.
 * The table and the API schema ({@code MemberEvent}) keep the names they had before the class was renamed.
 */
@Entity
@Table(name = "member_events")
public class MembershipChange {

    @Id
    public UUID id;

    @Column(name = "member_id")
    public UUID memberId;

    @Enumerated(EnumType.STRING)
    public MembershipChangeKind kind;

    @Column(name = "occurred_on")
    public LocalDate occurredOn;

    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "from_organization_id")
    public UUID fromOrganizationId;

    @Column(name = "to_organization_id")
    public UUID toOrganizationId;

    public String note;

    /** The organization-service change (transfer out, merge, split) that carried the member, if one did. */
    @Column(name = "organization_change_id")
    public UUID organizationChangeId;

    /** The evaluation-service screening finding whose decision struck the member off or expelled them, if one did. */
    @Column(name = "screening_finding_id")
    public UUID screeningFindingId;

    /** The evaluation-service discipline case whose decision expelled the member, if one did. */
    @Column(name = "discipline_case_id")
    public UUID disciplineCaseId;

    /** The inspection plan of the screening finding that decided this change, under which the finding is read. */
    @Column(name = "inspection_plan_id")
    public UUID inspectionPlanId;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;

    public static MembershipChange of(
            UUID memberId, MembershipChangeKind kind, LocalDate on, String decision, UUID from, UUID to, String actor) {
        MembershipChange change = new MembershipChange();
        change.id = UUID.randomUUID();
        change.memberId = memberId;
        change.kind = kind;
        change.occurredOn = on;
        change.decisionNumber = decision;
        change.fromOrganizationId = from;
        change.toOrganizationId = to;
        change.recordedAt = Instant.now();
        change.recordedBy = actor;
        return change;
    }
}
