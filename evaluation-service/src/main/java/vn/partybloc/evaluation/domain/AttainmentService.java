package vn.partybloc.evaluation.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import vn.partybloc.evaluation.repository.AttainmentRepository;
import vn.partybloc.evaluation.repository.OrganizationReplicaRepository;
import vn.partybloc.evaluation.repository.ReviewCycleRepository;
import vn.partybloc.evaluation.repository.RuleSetRepository;
import vn.partybloc.evaluation.repository.TargetRepository;
import vn.partybloc.platform.web.ProblemException;

/** The attainment report of a subtree and cycle: distributions, targets, the excellent cap, who is not rated yet. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class AttainmentService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final AttainmentRepository attainment;
    private final ReviewCycleRepository cycles;
    private final RuleSetRepository ruleSets;
    private final TargetRepository targets;
    private final OrganizationReplicaRepository organizations;
    private final Clock clock;
    private final OrganizationScope scope;

    public AttainmentService(
            AttainmentRepository attainment,
            ReviewCycleRepository cycles,
            RuleSetRepository ruleSets,
            TargetRepository targets,
            OrganizationReplicaRepository organizations,
            OrganizationScope scope,
            Clock clock) {
        this.attainment = attainment;
        this.cycles = cycles;
        this.ruleSets = ruleSets;
        this.targets = targets;
        this.organizations = organizations;
        this.scope = scope;
        this.clock = clock;
    }

    /**
     * {@code year} null: the latest cycle with ratings in the subtree decided on or before {@code asOf}, else the year
     * before {@code asOf}. {@code asOf} null:
     * today in Vietnam.
     */
    public Attainment report(UUID organizationId, Integer year, LocalDate asOf, int unratedLimit) {
        OrganizationReplica root = scope.visible(organizationId);
        LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
        ReviewCycle cycle;
        int reportedYear;
        if (year != null) {
            cycle = cycles.year(year).orElseThrow(() -> ProblemException.notFound("review-cycle-of", year));
            reportedYear = year;
        } else {
            cycle = cycles.latestWithDecisionsUnder(root.path, date)
                    .orElseGet(() -> cycles.year(date.getYear() - 1).orElse(null));
            reportedYear = cycle == null ? date.getYear() - 1 : cycle.year;
        }
        LocalDate from = LocalDate.of(reportedYear, 1, 1);
        LocalDate to = LocalDate.of(reportedYear, 12, 31);
        RuleSet rules = ruleSets.inForceOn(from).orElse(null);

        Map<SubjectKind, Map<String, Long>> rated =
                cycle == null ? Map.of() : attainment.rated(cycle.id, root.path, date);
        Map<SubjectKind, Map<Level, Integer>> byLevel = new EnumMap<>(SubjectKind.class);
        Map<SubjectKind, Integer> ratedSubjects = new EnumMap<>(SubjectKind.class);
        for (SubjectKind kind : SubjectKind.values()) {
            Map<Level, Integer> levels = new EnumMap<>(Level.class);
            Map<String, Long> counted = rated.getOrDefault(kind, Map.of());
            for (Level level : Level.values()) {
                levels.put(level, counted.getOrDefault(level.name(), 0L).intValue());
            }
            byLevel.put(kind, levels);
            ratedSubjects.put(kind, (int)
                    counted.values().stream().mapToLong(Long::longValue).sum());
        }

        List<Attainment.KindFigures> figures = new ArrayList<>();
        List<Attainment.Unrated> unrated = new ArrayList<>();
        boolean truncated = false;
        for (SubjectKind kind : SubjectKind.values()) {
            AttainmentRepository.Unrated missing = attainment.unrated(
                    kind, root.path, from, to, cycle == null ? null : cycle.id, date, unratedLimit - unrated.size());
            missing.first()
                    .forEach(s -> unrated.add(new Attainment.Unrated(kind, s.id(), s.name(), s.organizationId())));
            truncated |= missing.count() > missing.first().size();
            Map<Level, Integer> levels = byLevel.get(kind);
            int ratedCount = ratedSubjects.get(kind);
            figures.add(new Attainment.KindFigures(
                    kind,
                    ratedCount + (int) missing.count(),
                    ratedCount,
                    (int) missing.count(),
                    levels,
                    percent(count(levels, TargetMetric.AT_LEAST_COMPLETE), ratedCount),
                    percent(count(levels, TargetMetric.AT_LEAST_GOOD), ratedCount),
                    percent(count(levels, TargetMetric.EXCELLENT), ratedCount)));
        }

        List<Attainment.TargetResult> targetResults =
                cycle == null ? List.of() : targets(cycle, root, byLevel, ratedSubjects);
        Attainment.CapCheck cap = cap(rules, cycle, root, date);
        return new Attainment(
                root.id,
                cycle == null ? null : cycle.id,
                reportedYear,
                date,
                rules == null
                        ? null
                        : new Attainment.RuleSetRef(rules.id, rules.code, rules.documents, rules.usesScore),
                figures,
                targetResults,
                cap,
                unrated,
                truncated);
    }

    /** The targets set for the nearest organization on the way up from the root, else those of the whole Bloc. */
    private List<Attainment.TargetResult> targets(
            ReviewCycle cycle,
            OrganizationReplica root,
            Map<SubjectKind, Map<Level, Integer>> byLevel,
            Map<SubjectKind, Integer> ratedSubjects) {
        List<Target> all = targets.ofCycle(cycle.id);
        String[] chain = root.path.substring(1).split("/");
        List<Target> applying = List.of();
        for (int i = chain.length - 1; i >= 0 && applying.isEmpty(); i--) {
            UUID org = UUID.fromString(chain[i]);
            applying = all.stream().filter(t -> org.equals(t.organizationId)).toList();
        }
        if (applying.isEmpty()) {
            applying = all.stream().filter(t -> t.organizationId == null).toList();
        }
        List<Attainment.TargetResult> results = new ArrayList<>();
        for (Target t : applying) {
            int base = ratedSubjects.get(t.subjectKind);
            BigDecimal actual = percent(count(byLevel.get(t.subjectKind), t.metric), base);
            boolean met = actual != null
                    && switch (t.comparison) {
                        case MORE_THAN -> actual.compareTo(t.percent) > 0;
                        case AT_LEAST -> actual.compareTo(t.percent) >= 0;
                        case AT_MOST -> actual.compareTo(t.percent) <= 0;
                    };
            BigDecimal gap = actual == null
                    ? null
                    : t.comparison == TargetComparison.AT_MOST
                            ? t.percent.subtract(actual)
                            : actual.subtract(t.percent);
            results.add(new Attainment.TargetResult(
                    t.id, t.organizationId, t.subjectKind, t.metric, t.comparison, t.percent, actual, met, gap));
        }
        return results;
    }

    /** Domain rule 10, per grassroots organization and subject kind (members; organizations under it). */
    private Attainment.CapCheck cap(RuleSet rules, ReviewCycle cycle, OrganizationReplica root, LocalDate asOf) {
        if (rules == null || rules.excellentCapPercent == null) {
            return new Attainment.CapCheck(null, 0, List.of());
        }
        List<AttainmentRepository.CapCounts> counts =
                cycle == null ? List.of() : attainment.capCounts(cycle.id, root.path, asOf);
        Set<String> grassroots = new HashSet<>();
        List<Attainment.CapViolation> violations = new ArrayList<>();
        for (AttainmentRepository.CapCounts c : counts) {
            grassroots.add(c.grassrootsId());
            if (ExcellentCap.exceeded(rules.excellentCapPercent, c.excellent(), c.good())) {
                OrganizationReplica org = organizations.findById(UUID.fromString(c.grassrootsId()));
                violations.add(new Attainment.CapViolation(
                        org.id,
                        org.code,
                        org.name,
                        c.kind(),
                        c.excellent(),
                        c.good(),
                        ExcellentCap.allowedWhole(rules.excellentCapPercent, c.excellent(), c.good())));
            }
        }
        violations.sort(java.util.Comparator.comparing(Attainment.CapViolation::code)
                .thenComparing(Attainment.CapViolation::subjectKind));
        return new Attainment.CapCheck(rules.excellentCapPercent, grassroots.size(), violations);
    }

    private static int count(Map<Level, Integer> levels, TargetMetric metric) {
        return switch (metric) {
            case EXCELLENT -> levels.get(Level.EXCELLENT);
            case AT_LEAST_GOOD -> levels.get(Level.EXCELLENT) + levels.get(Level.GOOD);
            case AT_LEAST_COMPLETE -> levels.get(Level.EXCELLENT) + levels.get(Level.GOOD) + levels.get(Level.COMPLETE);
        };
    }

    private static BigDecimal percent(int part, int whole) {
        return whole == 0
                ? null
                : BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
    }
}
