package vn.partybloc.member.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.partybloc.member.config.SuccessionConfig;
import vn.partybloc.member.repository.CandidateFlagRepository;
import vn.partybloc.member.repository.MemberRepository;
import vn.partybloc.member.repository.OrganizationReplicaRepository;
import vn.partybloc.member.repository.SuccessionCandidateRepository;
import vn.partybloc.member.repository.SuccessionPlanRepository;
import vn.partybloc.platform.security.Caller;
import vn.partybloc.platform.web.ProblemException;
import vn.partybloc.platform.web.ProblemMessage;

/**
 * Succession plans (quy hoạch): per organization, committee, position and term, the members planned for it. Candidates
 * are members of the organization's subtree; one who leaves the plan is marked removed with the reason, never deleted.
 * The women and young shares are reported against rule 13's targets, not enforced.
 */
@ApplicationScoped
@Transactional
public class SuccessionService {

    private final SuccessionPlanRepository plans;
    private final SuccessionCandidateRepository candidates;
    private final CandidateFlagRepository flags;
    private final MemberRepository members;
    private final OrganizationReplicaRepository organizations;
    private final OrganizationScope scope;
    private final SuccessionConfig config;
    private final Caller caller;

    public SuccessionService(
            SuccessionPlanRepository plans,
            SuccessionCandidateRepository candidates,
            CandidateFlagRepository flags,
            MemberRepository members,
            OrganizationReplicaRepository organizations,
            OrganizationScope scope,
            SuccessionConfig config,
            Caller caller) {
        this.plans = plans;
        this.candidates = candidates;
        this.flags = flags;
        this.members = members;
        this.organizations = organizations;
        this.scope = scope;
        this.config = config;
        this.caller = caller;
    }

    public SuccessionPlan create(
            UUID organizationId, CommitteeKind kind, PositionKind position, int startYear, int endYear) {
        OrganizationReplica org = scope.visible(organizationId);
        if (!CommitteeService.allowedKinds(org.type).contains(kind)) {
            throw ProblemException.rule(
                    Rules.COMMITTEE_KIND,
                    "committee.kind-missing",
                    ProblemMessage.code("OrganizationType", org.type),
                    kind);
        }
        var allowed = kind == CommitteeKind.INSPECTION_COMMITTEE
                ? CommitteeService.INSPECTION_POSITIONS
                : CommitteeService.LEADERSHIP_POSITIONS;
        if (!allowed.contains(position)) {
            throw ProblemException.rule(Rules.POSITION_KIND, "position.kind-not-allowed", kind, position, allowed);
        }
        if (endYear <= startYear) {
            throw ProblemException.invalid("termEndYear", "succession.end-before-start");
        }
        SuccessionPlan plan = new SuccessionPlan();
        plan.id = UUID.randomUUID();
        plan.organizationId = org.id;
        plan.committeeKind = kind;
        plan.position = position;
        plan.termStartYear = startYear;
        plan.termEndYear = endYear;
        plan.created(caller.name(), Instant.now());
        plans.persist(plan);
        plans.flush();
        return plan;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SuccessionPlan plan(UUID id) {
        SuccessionPlan plan =
                plans.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("succession-plan", id));
        scope.holding("succession-plan", id, plan.organizationId);
        return plan;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SuccessionPlan> plans(UUID organizationId, Integer termStartYear) {
        return plans.inSubtree(scope.visible(organizationId).path, termStartYear);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<SuccessionCandidate> candidatesOf(Collection<UUID> planIds) {
        return candidates.ofPlans(planIds);
    }

    /** The flags of each of these candidates, oldest first; a candidate without flags is absent. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, List<CandidateFlag>> flagsOf(Collection<SuccessionCandidate> of) {
        return flags.ofCandidates(of.stream().map(c -> c.id).toList()).stream()
                .collect(Collectors.groupingBy(f -> f.candidateId));
    }

    /**
     * An evaluation-service decision about the member (a confidence vote's flag, a discipline decision) marks each of
     * their planned candidacies for the organizer, who decides the removal (domain rule 12); once per reason and
     * source. Returns how many it marked now.
     */
    public int flag(UUID memberId, CandidateFlagReason reason, UUID sourceId, LocalDate on) {
        return flags.flagPlanned(memberId, reason, sourceId, on);
    }

    /**
     * A decision annulled on appeal no longer marks the member's candidacies. A candidacy the organizer already
     * removed stays removed: that was their decision.
     */
    public int withdrawFlags(UUID memberId, CandidateFlagReason reason, UUID sourceId) {
        return flags.withdraw(memberId, reason, sourceId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<UUID, Member> membersOf(Collection<SuccessionCandidate> planned) {
        List<UUID> ids = planned.stream().map(c -> c.memberId).distinct().toList();
        return ids.isEmpty()
                ? Map.of()
                : members.list("id in ?1", ids).stream().collect(Collectors.toMap(m -> m.id, Function.identity()));
    }

    public SuccessionCandidate add(UUID planId, UUID memberId, LocalDate addedOn, String note) {
        SuccessionPlan plan = plan(planId);
        OrganizationReplica org = scope.visible(plan.organizationId);
        Member member =
                members.findByIdOptional(memberId).orElseThrow(() -> ProblemException.notFound("member", memberId));
        OrganizationReplica cell = organizations
                .findByIdOptional(member.organizationId)
                .orElseThrow(() -> ProblemException.notFound("member", memberId));
        if (!scope.inScope(cell)) {
            throw ProblemException.notFound("member", memberId);
        }
        if (!member.isActive() || !org.contains(cell)) {
            throw ProblemException.rule(
                    Rules.SUCCESSION_MEMBER, "succession.not-active-member", member.fullName, org.code);
        }
        config.maxAgeAtTermStart().ifPresent(max -> {
            int age = ageOnTermStart(member, plan);
            if (age > max) {
                throw ProblemException.rule(
                        Rules.SUCCESSION_FULL_TERM,
                        "succession.too-old",
                        member.fullName,
                        age,
                        plan.termStartYear,
                        max);
            }
        });
        SuccessionCandidate candidate = new SuccessionCandidate();
        candidate.id = UUID.randomUUID();
        candidate.planId = plan.id;
        candidate.memberId = member.id;
        candidate.status = CandidateStatus.PLANNED;
        candidate.addedOn = addedOn;
        candidate.note = note;
        candidate.created(caller.name(), Instant.now());
        candidates.persist(candidate);
        candidates.flush();
        return candidate;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SuccessionCandidate candidate(UUID planId, UUID candidateId) {
        plan(planId);
        return candidates
                .findByIdOptional(candidateId)
                .filter(c -> c.planId.equals(planId))
                .orElseThrow(() -> ProblemException.notFound("candidate", candidateId));
    }

    public SuccessionCandidate remove(
            UUID planId, UUID candidateId, RemovalReason reason, LocalDate removedOn, String note) {
        SuccessionCandidate candidate = candidate(planId, candidateId);
        if (candidate.status == CandidateStatus.REMOVED) {
            throw ProblemException.conflict("succession.candidate-removed", candidate.removedOn);
        }
        if (removedOn.isBefore(candidate.addedOn)) {
            throw ProblemException.invalid("removedOn", "succession.removed-before-added", candidate.addedOn);
        }
        candidate.status = CandidateStatus.REMOVED;
        candidate.removedOn = removedOn;
        candidate.removalReason = reason;
        if (note != null) {
            candidate.note = note;
        }
        candidate.touch(caller.name(), Instant.now());
        candidates.flush();
        return candidate;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public SuccessionReport report(UUID organizationId, Integer termStartYear) {
        List<SuccessionPlan> found = plans(organizationId, termStartYear);
        List<SuccessionCandidate> planned =
                candidatesOf(found.stream().map(p -> p.id).toList());
        Map<UUID, Member> people = membersOf(planned);
        Map<UUID, List<CandidateFlag>> flagged = flagsOf(planned);
        Map<UUID, List<SuccessionCandidate>> byPlan = planned.stream().collect(Collectors.groupingBy(c -> c.planId));
        List<SuccessionReport.Line> lines = new ArrayList<>();
        List<Member> all = new ArrayList<>();
        List<SuccessionPlan> allPlans = new ArrayList<>();
        long removed = 0;
        long flaggedInAll = 0;
        for (SuccessionPlan plan : found) {
            List<SuccessionCandidate> ofPlan = byPlan.getOrDefault(plan.id, List.of());
            long flaggedInPlan = ofPlan.stream()
                    .filter(c -> c.status == CandidateStatus.PLANNED && flagged.containsKey(c.id))
                    .count();
            flaggedInAll += flaggedInPlan;
            List<Member> current = ofPlan.stream()
                    .filter(c -> c.status == CandidateStatus.PLANNED)
                    .map(c -> people.get(c.memberId))
                    .toList();
            long gone = ofPlan.size() - current.size();
            removed += gone;
            current.forEach(m -> {
                all.add(m);
                allPlans.add(plan);
            });
            lines.add(new SuccessionReport.Line(
                    plan.id,
                    plan.organizationId,
                    plan.committeeKind,
                    plan.position,
                    plan.termStartYear,
                    plan.termEndYear,
                    shares(current, java.util.Collections.nCopies(current.size(), plan), gone, flaggedInPlan)));
        }
        SuccessionReport.Shares total = shares(all, allPlans, removed, flaggedInAll);
        return new SuccessionReport(
                organizationId,
                termStartYear,
                lines,
                total,
                new SuccessionReport.Targets(
                        config.youngUnder(),
                        config.youngTarget(),
                        config.womenTarget(),
                        total.planned() > 0 && total.youngShare() >= config.youngTarget(),
                        total.planned() > 0 && total.womenShare() >= config.womenTarget()));
    }

    private SuccessionReport.Shares shares(
            List<Member> people, List<SuccessionPlan> plansOfPeople, long removed, long flagged) {
        long women = people.stream().filter(m -> m.gender == Gender.FEMALE).count();
        long young = 0;
        for (int i = 0; i < people.size(); i++) {
            if (ageOnTermStart(people.get(i), plansOfPeople.get(i)) < config.youngUnder()) {
                young++;
            }
        }
        return new SuccessionReport.Shares(
                people.size(),
                women,
                young,
                percent(women, people.size()),
                percent(young, people.size()),
                removed,
                flagged);
    }

    private static int ageOnTermStart(Member member, SuccessionPlan plan) {
        return Period.between(member.dateOfBirth, LocalDate.of(plan.termStartYear, 1, 1))
                .getYears();
    }

    private static double percent(long part, long whole) {
        return whole == 0 ? 0 : Math.round(part * 10_000.0 / whole) / 100.0;
    }
}
