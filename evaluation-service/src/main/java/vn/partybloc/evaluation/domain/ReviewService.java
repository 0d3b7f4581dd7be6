package vn.partybloc.evaluation.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import vn.partybloc.evaluation.events.EvaluationEvents;
import vn.partybloc.evaluation.repository.OrganizationReplicaRepository;
import vn.partybloc.evaluation.repository.ReviewActionRepository;
import vn.partybloc.evaluation.repository.ReviewCycleRepository;
import vn.partybloc.evaluation.repository.ReviewRepository;
import vn.partybloc.evaluation.repository.RuleSetRepository;
import vn.partybloc.platform.security.Caller;
import vn.partybloc.platform.web.ETags;
import vn.partybloc.platform.web.ProblemException;
import vn.partybloc.platform.web.ProblemMessage;

/**
 * The rating flow of domain rule 9: self-assessment → proposal → decision by the directly superior body →
 * publication. A decided rating is never edited; it is cancelled and re-rated, and the audit trail keeps both.
 */
@ApplicationScoped
@Transactional
public class ReviewService {

    private final ReviewRepository reviews;
    private final ReviewActionRepository actions;
    private final ReviewCycleRepository cycles;
    private final RuleSetRepository ruleSets;
    private final OrganizationReplicaRepository organizations;
    private final OrganizationScope scope;
    private final Subjects subjects;
    private final EvaluationEvents events;
    private final DisciplinedRatings disciplined;
    private final Caller caller;

    public ReviewService(
            ReviewRepository reviews,
            ReviewActionRepository actions,
            ReviewCycleRepository cycles,
            RuleSetRepository ruleSets,
            OrganizationReplicaRepository organizations,
            OrganizationScope scope,
            Subjects subjects,
            EvaluationEvents events,
            DisciplinedRatings disciplined,
            Caller caller) {
        this.reviews = reviews;
        this.disciplined = disciplined;
        this.actions = actions;
        this.cycles = cycles;
        this.ruleSets = ruleSets;
        this.organizations = organizations;
        this.scope = scope;
        this.subjects = subjects;
        this.events = events;
        this.caller = caller;
    }

    public record Rating(Level level, BigDecimal score, String note) {}

    public record Decision(Level level, BigDecimal score, String decisionNumber, LocalDate decidedOn, String note) {}

    public Review selfAssess(UUID cycleId, SubjectKind kind, UUID subjectId, Rating rating) {
        ReviewCycle cycle = cycle(cycleId);
        OrganizationReplica unit = subjects.unitOf(kind, subjectId, cycle);
        RuleSet rules = ruleSetFor(cycle);
        Level level = Scoring.check(rules, rating.level(), rating.score());
        if (reviews.current(cycle.id, kind, subjectId).isPresent()) {
            throw ProblemException.rule(Rules.ONE_PER_CYCLE, "review.one-per-cycle", subjectId, cycle.year);
        }
        Review r = new Review();
        r.id = UUID.randomUUID();
        r.cycleId = cycle.id;
        r.subjectKind = kind;
        r.subjectId = subjectId;
        r.organizationId = unit.id;
        r.ruleSetId = rules.id;
        r.status = ReviewStatus.SELF_ASSESSED;
        r.selfLevel = level;
        r.selfScore = rating.score();
        r.selfNote = rating.note();
        Instant now = Instant.now();
        r.created(caller.name(), now);
        reviews.persist(r);
        actions.persist(
                ReviewAction.of(r, ReviewStep.SELF_ASSESSED, level, rating.score(), rating.note(), caller.name(), now));
        return r;
    }

    public Review propose(UUID id, String ifMatch, Rating rating) {
        Review r = visibleForWrite(id, ifMatch);
        requireStatus(r, ReviewStatus.SELF_ASSESSED, new ProblemMessage("review.step-proposed"));
        Level level = Scoring.check(ruleSets.findById(r.ruleSetId), rating.level(), rating.score());
        r.status = ReviewStatus.PROPOSED;
        r.proposedLevel = level;
        r.proposedScore = rating.score();
        r.proposalNote = rating.note();
        return step(r, ReviewStep.PROPOSED, level, rating.score(), rating.note());
    }

    public Review decide(UUID id, String ifMatch, Decision decision) {
        Review r = visibleForWrite(id, ifMatch);
        requireStatus(r, ReviewStatus.PROPOSED, new ProblemMessage("review.step-decided"));
        scope.checkMayDecide(organizations.findById(r.organizationId));
        applyDecision(r, decision);
        step(r, ReviewStep.DECIDED, r.level, r.score, decision.note());
        events.review(EvaluationEvents.REVIEW_DECIDED, r, cycles.findById(r.cycleId));
        return r;
    }

    public Review publish(UUID id, String ifMatch, LocalDate publishedOn) {
        Review r = visibleForWrite(id, ifMatch);
        requireStatus(r, ReviewStatus.DECIDED, new ProblemMessage("review.step-published"));
        scope.checkMayDecide(organizations.findById(r.organizationId));
        if (publishedOn.isBefore(r.decidedOn)) {
            throw ProblemException.rule(Rules.FLOW, "review.published-before-decision", r.decidedOn);
        }
        r.status = ReviewStatus.PUBLISHED;
        r.publishedOn = publishedOn;
        step(r, ReviewStep.PUBLISHED, r.level, r.score, null);
        events.review(EvaluationEvents.REVIEW_PUBLISHED, r, cycles.findById(r.cycleId));
        return r;
    }

    /** Cancels a decided rating with a reason and records the new one; both stay, linked, in the trail. */
    public Review reRate(UUID id, String ifMatch, String reason, Decision decision) {
        Review old = visibleForWrite(id, ifMatch);
        if (!old.isDecided()) {
            throw ProblemException.rule(Rules.FLOW, "review.rerate-undecided", old.status);
        }
        scope.checkMayDecide(organizations.findById(old.organizationId));
        Instant now = Instant.now();
        old.status = ReviewStatus.CANCELLED;
        old.cancelReason = reason;
        old.cancelledBy = caller.name();
        old.cancelledAt = now;
        step(old, ReviewStep.CANCELLED, old.level, old.score, reason);
        // The partial unique index allows one current review per subject: the old one must be cancelled first.
        reviews.flush();

        Review r = new Review();
        r.id = UUID.randomUUID();
        r.cycleId = old.cycleId;
        r.subjectKind = old.subjectKind;
        r.subjectId = old.subjectId;
        r.organizationId = old.organizationId;
        r.ruleSetId = old.ruleSetId;
        r.replacesReviewId = old.id;
        applyDecision(r, decision);
        r.created(caller.name(), now);
        reviews.persist(r);
        actions.persist(ReviewAction.of(
                r,
                ReviewStep.DECIDED,
                r.level,
                r.score,
                "Re-rated: " + reason + (decision.note() == null ? "" : "; " + decision.note()),
                caller.name(),
                now));
        ReviewCycle cycle = cycles.findById(r.cycleId);
        events.review(EvaluationEvents.REVIEW_CANCELLED, old, cycle);
        events.review(EvaluationEvents.REVIEW_DECIDED, r, cycle);
        return r;
    }

    ReviewCycle cycle(UUID cycleId) {
        return cycles.findByIdOptional(cycleId).orElseThrow(() -> ProblemException.notFound("review-cycle", cycleId));
    }

    RuleSet ruleSetFor(ReviewCycle cycle) {
        return ruleSets.inForceOn(cycle.startsOn)
                .orElseThrow(
                        () -> ProblemException.rule(Rules.RULE_SET_IN_FORCE, "rule-set.none-in-force", cycle.startsOn));
    }

    private void applyDecision(Review r, Decision decision) {
        RuleSet rules = ruleSets.findById(r.ruleSetId);
        r.level = Scoring.check(rules, decision.level(), decision.score());
        disciplined.check(rules, cycles.findById(r.cycleId), r.subjectKind, r.subjectId, r.level);
        r.score = decision.score();
        r.decisionNumber = decision.decisionNumber();
        r.decidedOn = decision.decidedOn();
        r.decidedBy = caller.name();
        r.status = ReviewStatus.DECIDED;
    }

    private Review visibleForWrite(UUID id, String ifMatch) {
        Review r = reviews.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("review", id));
        if (!scope.inScope(organizations.findById(r.organizationId))) {
            throw ProblemException.notFound("review", id);
        }
        ETags.checkIfMatch(ifMatch, r.version);
        return r;
    }

    private static void requireStatus(Review r, ReviewStatus expected, ProblemMessage what) {
        if (r.status != expected) {
            throw ProblemException.rule(Rules.FLOW, "review.wrong-status", what, expected, r.status);
        }
    }

    private Review step(Review r, ReviewStep step, Level level, BigDecimal score, String note) {
        Instant now = Instant.now();
        r.touch(caller.name(), now);
        actions.persist(ReviewAction.of(r, step, level, score, note, caller.name(), now));
        return r;
    }
}
