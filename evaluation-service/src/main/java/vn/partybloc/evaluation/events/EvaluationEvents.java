package vn.partybloc.evaluation.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partybloc.contracts.Topics;
import vn.partybloc.evaluation.domain.ConfidenceVote;
import vn.partybloc.evaluation.domain.DisciplineAppeal;
import vn.partybloc.evaluation.domain.DisciplineCase;
import vn.partybloc.evaluation.domain.DisciplineStatus;
import vn.partybloc.evaluation.domain.InspectionItem;
import vn.partybloc.evaluation.domain.InspectionPlan;
import vn.partybloc.evaluation.domain.InspectionSubjectKind;
import vn.partybloc.evaluation.domain.Review;
import vn.partybloc.evaluation.domain.ReviewCycle;
import vn.partybloc.evaluation.domain.ScreeningFinding;
import vn.partybloc.evaluation.domain.VoteResult;
import vn.partybloc.platform.events.Outbox;

/**
 * The events evaluation-service publishes, all on one topic keyed by the aggregate id: the review, the confidence
 * vote, the inspection plan, the screening finding, or the discipline case. Self-assessments and proposals are drafts inside the flow and are not published. No
 * payload carries free text about a person (an inspection's findings and conclusion, a review's cancel reason, a
 * screening finding): docs/security.md, "What travels where".
 */
@ApplicationScoped
public class EvaluationEvents {

    public static final String TOPIC = Topics.EVALUATIONS;
    public static final String REVIEW_DECIDED = "ReviewDecided";
    public static final String REVIEW_PUBLISHED = "ReviewPublished";
    public static final String REVIEW_CANCELLED = "ReviewCancelled";
    public static final String CONFIDENCE_VOTE_RECORDED = "ConfidenceVoteRecorded";
    public static final String INSPECTION_CONCLUDED = "InspectionConcluded";
    public static final String SCREENING_DECIDED = "ScreeningDecided";
    public static final String DISCIPLINE_DECIDED = "DisciplineDecided";
    public static final String DISCIPLINE_APPEAL_RESOLVED = "DisciplineAppealResolved";

    private final Outbox outbox;

    public EvaluationEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    public void review(String type, Review r, ReviewCycle cycle) {
        outbox.publish(event(r, type, cycle));
    }

    /** As {@link #review}, for a batch's reviews: one outbox statement for all of them. */
    public void reviews(String type, List<Review> reviews, ReviewCycle cycle) {
        outbox.publishAll(reviews.stream().map(r -> event(r, type, cycle)).toList());
    }

    /** About the reviewed unit, or the organization of the person reviewed. */
    private static Outbox.Event event(Review r, String type, ReviewCycle cycle) {
        return new Outbox.Event(TOPIC, "Review", r.id, type, ReviewData.of(r, cycle), Outbox.about(r.organizationId));
    }

    public void confidenceVote(ConfidenceVote v, List<VoteResult> results) {
        outbox.publish(new Outbox.Event(
                TOPIC,
                "ConfidenceVote",
                v.id,
                CONFIDENCE_VOTE_RECORDED,
                new ConfidenceVoteData(
                        v.id,
                        v.organizationId,
                        v.body,
                        v.votedOn,
                        v.summoned,
                        v.present,
                        v.valid,
                        results.stream()
                                .map(r -> new PersonResult(
                                        r.memberId, r.ballotsReturned, r.high, r.trust, r.low, r.flag.name()))
                                .toList(),
                        v.version),
                Outbox.about(v.organizationId)));
    }

    public void inspectionConcluded(InspectionPlan p, InspectionItem i) {
        outbox.publish(new Outbox.Event(
                TOPIC,
                "InspectionPlan",
                p.id,
                INSPECTION_CONCLUDED,
                new InspectionData(
                        p.id,
                        i.id,
                        p.year,
                        p.bodyOrganizationId,
                        p.bodyKind.name(),
                        p.activity.name(),
                        i.kind.name(),
                        i.subjectKind.name(),
                        i.subjectId,
                        i.status.name(),
                        i.concludedOn,
                        i.version),
                Outbox.about(
                        p.bodyOrganizationId,
                        i.subjectKind == InspectionSubjectKind.ORGANIZATION ? i.subjectId : null)));
    }

    /** A screening's decision about a member: its outcome and decision, never what was found. */
    public void screeningDecided(ScreeningFinding f, UUID cellId) {
        outbox.publish(new Outbox.Event(
                TOPIC,
                "ScreeningFinding",
                f.id,
                SCREENING_DECIDED,
                new ScreeningData(f.id, f.planId, f.memberId, cellId, f.outcome.name(), f.decidedOn, f.decisionNumber),
                Outbox.about(cellId)));
    }

    /** A discipline case's decision: the form and the decision, never the violation. */
    public void disciplineDecided(DisciplineCase c) {
        outbox.publish(new Outbox.Event(
                TOPIC,
                "DisciplineCase",
                c.id,
                DISCIPLINE_DECIDED,
                new DisciplineData(
                        c.id,
                        c.memberId,
                        c.organizationId,
                        c.bodyKind.name(),
                        c.bodyOrganizationId,
                        c.status.name(),
                        c.form.name(),
                        c.positionId,
                        c.decidedOn,
                        c.decisionNumber,
                        c.selfRemedied,
                        c.version),
                Outbox.about(c.organizationId, c.bodyOrganizationId)));
    }

    /**
     * An appeal's outcome and the case's decision in force after it: {@code form} is absent once annulled. Like
     * DisciplineDecided, it carries no violation text.
     */
    public void disciplineAppealResolved(DisciplineCase c, DisciplineAppeal a) {
        outbox.publish(new Outbox.Event(
                TOPIC,
                "DisciplineCase",
                c.id,
                DISCIPLINE_APPEAL_RESOLVED,
                new DisciplineAppealData(
                        c.id,
                        a.id,
                        c.memberId,
                        c.organizationId,
                        a.bodyKind.name(),
                        a.bodyOrganizationId,
                        a.outcome.name(),
                        a.previousForm.name(),
                        c.status.name(),
                        c.status == DisciplineStatus.DECIDED ? c.form.name() : null,
                        a.positionId,
                        a.resolvedOn,
                        a.decisionNumber,
                        c.version),
                Outbox.about(c.organizationId, c.bodyOrganizationId, a.bodyOrganizationId)));
    }

    /** A review's state after the change; {@code level} and {@code score} are absent once cancelled. */
    public record ReviewData(
            UUID reviewId,
            UUID cycleId,
            int year,
            String subjectKind,
            UUID subjectId,
            UUID organizationId,
            String status,
            String level,
            BigDecimal score,
            String decisionNumber,
            LocalDate decidedOn,
            LocalDate publishedOn,
            UUID replacesReviewId,
            long version) {

        static ReviewData of(Review r, ReviewCycle c) {
            return new ReviewData(
                    r.id,
                    c.id,
                    c.year,
                    r.subjectKind.name(),
                    r.subjectId,
                    r.organizationId,
                    r.status.name(),
                    r.level == null ? null : r.level.name(),
                    r.score,
                    r.decisionNumber,
                    r.decidedOn,
                    r.publishedOn,
                    r.replacesReviewId,
                    r.version);
        }
    }

    public record ConfidenceVoteData(
            UUID voteId,
            UUID organizationId,
            String body,
            LocalDate votedOn,
            int summoned,
            int present,
            boolean valid,
            List<PersonResult> results,
            long version) {}

    public record PersonResult(UUID memberId, int ballotsReturned, int high, int trust, int low, String flag) {}

    public record DisciplineData(
            UUID caseId,
            UUID memberId,
            UUID organizationId,
            String bodyKind,
            UUID bodyOrganizationId,
            String status,
            String form,
            UUID positionId,
            LocalDate decidedOn,
            String decisionNumber,
            boolean selfRemedied,
            long version) {}

    public record DisciplineAppealData(
            UUID caseId,
            UUID appealId,
            UUID memberId,
            UUID organizationId,
            String bodyKind,
            UUID bodyOrganizationId,
            String outcome,
            String previousForm,
            String status,
            String form,
            UUID positionId,
            LocalDate resolvedOn,
            String decisionNumber,
            long version) {}

    /** Recorded once and never changed, so without a version. */
    public record ScreeningData(
            UUID findingId,
            UUID planId,
            UUID memberId,
            UUID organizationId,
            String outcome,
            LocalDate decidedOn,
            String decisionNumber) {}

    public record InspectionData(
            UUID planId,
            UUID itemId,
            int year,
            UUID bodyOrganizationId,
            String bodyKind,
            String activity,
            String kind,
            String subjectKind,
            UUID subjectId,
            String status,
            LocalDate concludedOn,
            long version) {}
}
