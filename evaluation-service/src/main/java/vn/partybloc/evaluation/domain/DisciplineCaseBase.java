package vn.partybloc.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.partybloc.platform.persistence.AuditedEntity;
import vn.partybloc.platform.web.ProblemException;

/**
 * What a discipline case holds whoever it is against: the violation, the body that handles it, and once decided the
 * decision. The violation is free text and never leaves the API.
 */
@MappedSuperclass
public abstract class DisciplineCaseBase extends AuditedEntity {

    @Id
    public UUID id;

    /** The organization whose subtree may read the case. */
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

    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    /** What a case is opened with; {@code subjectId} is the member or the organization it is against. */
    public record Opening(
            UUID subjectId,
            String violation,
            DisciplineCategory category,
            LocalDate violatedOn,
            DisciplineBody bodyKind,
            UUID bodyOrganizationId,
            LocalDate openedOn) {}

    /**
     * Opens the case, read in the subtree of {@code organizationId}: the body's level decides what it may decide; a
     * violation is not dated after the opening.
     */
    void open(Opening o, UUID organizationId, OrganizationReplica body, String by) {
        if (o.violatedOn().isAfter(o.openedOn())) {
            throw ProblemException.invalid("violatedOn", "discipline.violated-after-opened");
        }
        this.id = UUID.randomUUID();
        this.organizationId = organizationId;
        this.violation = o.violation();
        this.category = o.category();
        this.violatedOn = o.violatedOn();
        this.bodyKind = o.bodyKind();
        this.bodyOrganizationId = body.id;
        this.bodyLevel = DisciplineLevel.of(body);
        this.openedOn = o.openedOn();
        this.status = DisciplineStatus.OPEN;
        created(by, Instant.now());
    }

    /** An open case is decided once, not before it was opened ({@code DIS-FLOW}). */
    void checkDecidable(LocalDate decidedOn) {
        if (status != DisciplineStatus.OPEN) {
            throw ProblemException.rule(Rules.DISCIPLINE_FLOW, "discipline.not-open", status);
        }
        if (decidedOn.isBefore(openedOn)) {
            throw ProblemException.rule(Rules.DISCIPLINE_FLOW, "discipline.decided-before-opened", openedOn);
        }
    }

    boolean openedWithin(LocalDate from, LocalDate to) {
        return Counts.within(openedOn, from, to);
    }

    /** Decided in [{@code from}, {@code to}] and still in force. */
    boolean decidedWithin(LocalDate from, LocalDate to) {
        return status == DisciplineStatus.DECIDED && Counts.within(decidedOn, from, to);
    }

    /** Opened by {@code day} and not decided by it. */
    boolean openOn(LocalDate day) {
        return !openedOn.isAfter(day) && (decidedOn == null || decidedOn.isAfter(day));
    }
}
