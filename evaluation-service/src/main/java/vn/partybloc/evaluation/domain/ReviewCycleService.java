package vn.partybloc.evaluation.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partybloc.evaluation.repository.ReviewCycleRepository;
import vn.partybloc.evaluation.repository.RuleSetRepository;
import vn.partybloc.evaluation.repository.TargetRepository;
import vn.partybloc.platform.security.Caller;
import vn.partybloc.platform.web.ProblemException;

/** Review cycles; a new cycle starts with the Bloc's yearly targets from the article, which are then editable. */
@ApplicationScoped
@Transactional
public class ReviewCycleService {

    /** The article's yearly targets: (subject kind, metric, comparison, percent). */
    private static final List<Object[]> ARTICLE_TARGETS = List.of(
            new Object[] {SubjectKind.HOST_UNIT, TargetMetric.AT_LEAST_COMPLETE, TargetComparison.MORE_THAN, 90},
            new Object[] {SubjectKind.HOST_UNIT, TargetMetric.AT_LEAST_GOOD, TargetComparison.AT_LEAST, 75},
            new Object[] {SubjectKind.HOST_UNIT, TargetMetric.EXCELLENT, TargetComparison.AT_LEAST, 20},
            new Object[] {
                SubjectKind.GRASSROOTS_ORGANIZATION, TargetMetric.AT_LEAST_GOOD, TargetComparison.MORE_THAN, 90
            },
            new Object[] {SubjectKind.GRASSROOTS_ORGANIZATION, TargetMetric.EXCELLENT, TargetComparison.AT_LEAST, 20},
            new Object[] {SubjectKind.MEMBER, TargetMetric.AT_LEAST_GOOD, TargetComparison.AT_LEAST, 90},
            new Object[] {SubjectKind.MEMBER, TargetMetric.EXCELLENT, TargetComparison.AT_LEAST, 15},
            new Object[] {SubjectKind.MEMBER, TargetMetric.EXCELLENT, TargetComparison.AT_MOST, 20},
            new Object[] {
                SubjectKind.COLLECTIVE_COMMITTEE, TargetMetric.AT_LEAST_COMPLETE, TargetComparison.AT_LEAST, 100
            },
            new Object[] {SubjectKind.COLLECTIVE_COMMITTEE, TargetMetric.AT_LEAST_GOOD, TargetComparison.AT_LEAST, 95},
            new Object[] {SubjectKind.COMMITTEE_MEMBER, TargetMetric.AT_LEAST_COMPLETE, TargetComparison.AT_LEAST, 100},
            new Object[] {SubjectKind.COMMITTEE_MEMBER, TargetMetric.AT_LEAST_GOOD, TargetComparison.AT_LEAST, 95});

    private final ReviewCycleRepository cycles;
    private final RuleSetRepository ruleSets;
    private final TargetRepository targets;
    private final Caller caller;

    public ReviewCycleService(
            ReviewCycleRepository cycles, RuleSetRepository ruleSets, TargetRepository targets, Caller caller) {
        this.cycles = cycles;
        this.ruleSets = ruleSets;
        this.targets = targets;
        this.caller = caller;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ReviewCycle> all() {
        return cycles.newestFirst();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ReviewCycle get(UUID id) {
        return cycles.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("review-cycle", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RuleSet ruleSetOf(ReviewCycle cycle) {
        return ruleSets.inForceOn(cycle.startsOn).orElse(null);
    }

    public ReviewCycle openYear(int year, boolean articleTargets) {
        if (cycles.year(year).isPresent()) {
            throw ProblemException.conflict("review-cycle.exists", year);
        }
        ReviewCycle c = new ReviewCycle();
        c.id = UUID.randomUUID();
        c.year = year;
        c.period = CyclePeriod.YEAR;
        c.startsOn = LocalDate.of(year, 1, 1);
        c.endsOn = LocalDate.of(year, 12, 31);
        if (ruleSets.inForceOn(c.startsOn).isEmpty()) {
            throw ProblemException.rule(Rules.RULE_SET_IN_FORCE, "rule-set.none-in-force-record", c.startsOn);
        }
        Instant now = Instant.now();
        c.created(caller.name(), now);
        cycles.persist(c);
        if (articleTargets) {
            for (Object[] t : ARTICLE_TARGETS) {
                Target target = new Target();
                target.id = UUID.randomUUID();
                target.cycleId = c.id;
                target.subjectKind = (SubjectKind) t[0];
                target.metric = (TargetMetric) t[1];
                target.comparison = (TargetComparison) t[2];
                target.percent = BigDecimal.valueOf((Integer) t[3]);
                target.note = "Yearly target of the Bloc (article)";
                target.created(caller.name(), now);
                targets.persist(target);
            }
        }
        return c;
    }
}
