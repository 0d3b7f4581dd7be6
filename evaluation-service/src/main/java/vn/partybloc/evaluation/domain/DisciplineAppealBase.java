package vn.partybloc.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;
import java.util.UUID;
import vn.partybloc.platform.persistence.AuditedEntity;

/**
 * What an appeal against a discipline decision holds whoever was disciplined: when the decision was received and the
 * appeal lodged, the body above that resolves it, and once resolved its outcome. The forms are the subject's.
 */
@MappedSuperclass
public abstract class DisciplineAppealBase extends AuditedEntity {

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    /** When the decision appealed against was received: the appeal's time runs from it. */
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

    @Enumerated(EnumType.STRING)
    public AppealOutcome outcome;

    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "resolved_on")
    public LocalDate resolvedOn;

    /** What an appeal is lodged with; a {@code bodyOrganizationId} of null is the province's, above the Bloc. */
    public record Lodging(LocalDate receivedOn, LocalDate lodgedOn, DisciplineBody bodyKind, UUID bodyOrganizationId) {}

    public boolean isPending() {
        return status == AppealStatus.PENDING;
    }
}
