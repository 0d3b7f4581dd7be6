package vn.partybloc.organization.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** One recorded structural change, with its decision and who recorded it: the audit trail of the tree. */
@Entity
@Table(name = "structural_changes")
public class StructuralChange {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public ChangeKind kind;

    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "decision_date")
    public LocalDate decisionDate;

    @Column(name = "effective_date")
    public LocalDate effectiveDate;

    /** The superior outside the Bloc an organization went to or came from (transfers out and in). */
    public String counterparty;

    public String note;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "structural_change_subjects", joinColumns = @JoinColumn(name = "change_id"))
    public List<Subject> subjects = new ArrayList<>();

    public static StructuralChange of(ChangeKind kind, Decision decision, String actor, Instant now) {
        StructuralChange change = new StructuralChange();
        change.id = UUID.randomUUID();
        change.kind = kind;
        change.decisionNumber = decision.number();
        change.decisionDate = decision.date();
        change.effectiveDate = decision.effectiveDate();
        change.recordedAt = now;
        change.recordedBy = actor;
        return change;
    }

    public StructuralChange with(UUID organizationId, SubjectRole role) {
        subjects.add(new Subject(organizationId, role));
        return this;
    }

    @Embeddable
    public static class Subject {

        @Column(name = "organization_id")
        public UUID organizationId;

        @Enumerated(EnumType.STRING)
        public SubjectRole role;

        public Subject() {}

        public Subject(UUID organizationId, SubjectRole role) {
            this.organizationId = organizationId;
            this.role = role;
        }
    }
}
