package vn.partybloc.evaluation.domain;

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
 * A screening finding about one member under Directive 28-CT/TW, recorded with the plan that found it. A member struck
 * off or expelled leaves the register in member-service from the decision's date ({@code ScreeningDecided}).
 */
@Entity
@Table(name = "screening_findings")
public class ScreeningFinding {

    @Id
    public UUID id;

    @Column(name = "plan_id")
    public UUID planId;

    @Column(name = "member_id")
    public UUID memberId;

    public String finding;

    @Enumerated(EnumType.STRING)
    public ScreeningOutcome outcome;

    @Column(name = "decided_on")
    public LocalDate decidedOn;

    @Column(name = "decision_number")
    public String decisionNumber;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "recorded_by")
    public String recordedBy;
}
