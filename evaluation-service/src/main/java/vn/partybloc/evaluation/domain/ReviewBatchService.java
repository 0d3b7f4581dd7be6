package vn.partybloc.evaluation.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.partybloc.evaluation.events.EvaluationEvents;
import vn.partybloc.evaluation.repository.ReviewRepository;
import vn.partybloc.platform.persistence.ManyIds;
import vn.partybloc.platform.security.Caller;
import vn.partybloc.platform.web.BatchRefusals;
import vn.partybloc.platform.web.ProblemException;

/**
 * Records many decided ratings of one cycle in one transaction, for decisions taken outside the system (a year's
 * results, the demo data). All or nothing: any bad item refuses the whole batch, and the answer lists every bad item.
 */
@ApplicationScoped
@Transactional
public class ReviewBatchService {

    private final ReviewService reviews;
    private final ReviewRepository repository;
    private final Subjects subjects;
    private final OrganizationScope scope;
    private final EvaluationEvents events;
    private final DisciplinedRatings disciplined;
    private final EntityManager em;
    private final Caller caller;

    public ReviewBatchService(
            ReviewService reviews,
            ReviewRepository repository,
            Subjects subjects,
            OrganizationScope scope,
            EvaluationEvents events,
            DisciplinedRatings disciplined,
            EntityManager em,
            Caller caller) {
        this.reviews = reviews;
        this.disciplined = disciplined;
        this.repository = repository;
        this.subjects = subjects;
        this.scope = scope;
        this.events = events;
        this.em = em;
        this.caller = caller;
    }

    public record Item(
            SubjectKind subjectKind,
            UUID subjectId,
            Level level,
            BigDecimal score,
            String decisionNumber,
            LocalDate decidedOn,
            String note) {}

    /** Returns the number of ratings recorded. */
    public int decideAll(UUID cycleId, List<Item> items) {
        ReviewCycle cycle = reviews.cycle(cycleId);
        RuleSet rules = reviews.ruleSetFor(cycle);
        Subjects.Seats seats = preload(items, cycle);
        Set<UUID> disciplinedThatYear = disciplined.disciplinedIn(
                cycle.year,
                items.stream()
                        .filter(item -> DisciplinedRatings.applies(rules, item.subjectKind()))
                        .map(Item::subjectId)
                        .collect(Collectors.toSet()));
        BatchRefusals refusals = new BatchRefusals();
        Map<SubjectKind, Set<UUID>> seen = new EnumMap<>(SubjectKind.class);
        List<Review> decided = new ArrayList<>(items.size());
        String actor = caller.name();
        Instant now = Instant.now();
        for (int i = 0; i < items.size(); i++) {
            Item item = items.get(i);
            try {
                if (!seen.computeIfAbsent(item.subjectKind(), k -> new HashSet<>())
                        .add(item.subjectId())) {
                    throw ProblemException.rule(Rules.ONE_PER_CYCLE, "batch.subject-twice", item.subjectId());
                }
                OrganizationReplica unit = subjects.unitOf(item.subjectKind(), item.subjectId(), cycle, seats);
                scope.checkMayDecide(unit);
                Review r = review(cycle, rules, unit, item, actor, now);
                disciplined.check(rules, cycle, r.subjectKind, r.subjectId, r.level, disciplinedThatYear);
                decided.add(r);
            } catch (ProblemException e) {
                refusals.refuse(i, e);
            }
        }
        for (SubjectKind kind : seen.keySet()) {
            Set<UUID> already = repository.alreadyReviewed(cycle.id, kind, seen.get(kind));
            for (int i = 0; i < items.size(); i++) {
                if (items.get(i).subjectKind() == kind
                        && already.contains(items.get(i).subjectId())) {
                    refusals.refuse(
                            i,
                            ProblemException.rule(
                                    Rules.ONE_PER_CYCLE,
                                    "review.one-per-cycle",
                                    items.get(i).subjectId(),
                                    cycle.year));
                }
            }
        }
        refusals.throwIfAny(Rules.BATCH, items.size());
        for (Review r : decided) {
            em.persist(r);
            em.persist(ReviewAction.of(r, ReviewStep.DECIDED, r.level, r.score, r.selfNote, actor, now));
        }
        em.flush();
        // The outbox flushes the persistence context before it writes: an empty one keeps that cheap.
        em.clear();
        decided.forEach(r -> r.selfNote = null);
        events.reviews(EvaluationEvents.REVIEW_DECIDED, decided, cycle);
        return decided.size();
    }

    private Review review(
            ReviewCycle cycle, RuleSet rules, OrganizationReplica unit, Item item, String actor, Instant now) {
        Review r = new Review();
        r.id = UUID.randomUUID();
        r.cycleId = cycle.id;
        r.subjectKind = item.subjectKind();
        r.subjectId = item.subjectId();
        r.organizationId = unit.id;
        r.ruleSetId = rules.id;
        r.level = Scoring.check(rules, item.level(), item.score());
        r.score = item.score();
        r.decisionNumber = item.decisionNumber();
        r.decidedOn = item.decidedOn();
        r.decidedBy = actor;
        r.status = ReviewStatus.DECIDED;
        // Carried to the audit trail only; cleared before the event.
        r.selfNote = item.note();
        r.created(actor, now);
        return r;
    }

    /**
     * The batch's subjects, the committee members' seats during the cycle and the organizations they are rated in, each
     * kind in one statement, so that rating them is lookups in the persistence context and in the seats answered: only
     * these organizations, whatever the size of the Bloc.
     */
    private Subjects.Seats preload(List<Item> items, ReviewCycle cycle) {
        Set<UUID> members = new HashSet<>();
        Set<UUID> committees = new HashSet<>();
        Set<UUID> committeeMembers = new HashSet<>();
        Set<UUID> organizations = new HashSet<>();
        for (Item item : items) {
            if (item.subjectId() == null || item.subjectKind() == null) {
                continue;
            }
            switch (item.subjectKind()) {
                case MEMBER -> members.add(item.subjectId());
                case COLLECTIVE_COMMITTEE -> committees.add(item.subjectId());
                case COMMITTEE_MEMBER -> committeeMembers.add(item.subjectId());
                default -> organizations.add(item.subjectId());
            }
        }
        ManyIds.load(em, MemberReplica.class, "members", members).forEach(m -> organizations.add(m.organizationId));
        ManyIds.load(em, CommitteeReplica.class, "committees", committees)
                .forEach(c -> organizations.add(c.organizationId));
        Subjects.Seats seats = subjects.seatsOf(committeeMembers, cycle);
        organizations.addAll(seats.organizationIds());
        ManyIds.load(em, OrganizationReplica.class, "organizations", organizations);
        return seats;
    }
}
