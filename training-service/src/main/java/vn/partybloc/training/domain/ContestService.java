package vn.partybloc.training.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.partybloc.platform.persistence.Counting;
import vn.partybloc.platform.security.Caller;
import vn.partybloc.platform.web.Page;
import vn.partybloc.platform.web.ProblemException;
import vn.partybloc.platform.web.ProblemMessage;
import vn.partybloc.training.events.TrainingEvents;
import vn.partybloc.training.repository.ContestRepository;
import vn.partybloc.training.repository.MemberReplicaRepository;

/** Contests (bí thư chi bộ giỏi, báo cáo viên giỏi): rounds, participants, scores and awards. */
@ApplicationScoped
@Transactional
public class ContestService {

    private final ContestRepository contests;
    private final MemberReplicaRepository members;
    private final OrganizationScope scope;
    private final TrainingEvents events;
    private final Caller caller;

    public ContestService(
            ContestRepository contests,
            MemberReplicaRepository members,
            OrganizationScope scope,
            TrainingEvents events,
            Caller caller) {
        this.contests = contests;
        this.members = members;
        this.scope = scope;
        this.events = events;
        this.caller = caller;
    }

    public Contest announce(String title, ContestKind kind, UUID organizationId, int year) {
        OrganizationReplica organizer = scope.visible(organizationId);
        if (!organizer.isActive()) {
            throw ProblemException.rule(
                    Rules.ORGANIZER,
                    "organization.not-active",
                    organizer.code,
                    ProblemMessage.code("OrganizationStatus", organizer.status));
        }
        Contest c = new Contest();
        c.id = UUID.randomUUID();
        c.title = title;
        c.kind = kind;
        c.organizationId = organizationId;
        c.year = year;
        c.created(caller.name(), Instant.now());
        contests.persist(c);
        contests.flush();
        events.contest(TrainingEvents.CONTEST_ANNOUNCED, c, List.of());
        return c;
    }

    public ContestRound addRound(UUID contestId, int sequence, String name, LocalDate heldOn) {
        Contest contest = get(contestId);
        if (contests.rounds(contestId).stream().anyMatch(r -> r.sequence == sequence)) {
            throw ProblemException.conflict("contest.round-exists", sequence);
        }
        ContestRound r = new ContestRound();
        r.id = UUID.randomUUID();
        r.contestId = contest.id;
        r.sequence = sequence;
        r.name = name;
        r.heldOn = heldOn;
        r.createdAt = Instant.now();
        r.createdBy = caller.name();
        contests.getEntityManager().persist(r);
        return r;
    }

    /** Registers active members not registered yet; returns how many were new. */
    public int register(UUID contestId, List<UUID> memberIds) {
        get(contestId);
        Map<UUID, MemberReplica> found =
                members.byIds(memberIds).stream().collect(Collectors.toMap(m -> m.id, Function.identity()));
        List<UUID> refused = memberIds.stream()
                .filter(id -> found.get(id) == null || !found.get(id).isActive())
                .toList();
        if (!refused.isEmpty()) {
            throw ProblemException.rule(
                    Rules.MEMBER,
                    "contest.members-unknown",
                    refused.size(),
                    refused.stream().limit(10).map(UUID::toString).collect(Collectors.joining(", ")));
        }
        List<UUID> registered =
                contests.participants(contestId).stream().map(p -> p.memberId).toList();
        int added = 0;
        for (UUID id : memberIds) {
            if (!registered.contains(id)) {
                ContestParticipant p = new ContestParticipant();
                p.id = UUID.randomUUID();
                p.contestId = contestId;
                p.memberId = id;
                p.organizationId = found.get(id).organizationId;
                p.createdAt = Instant.now();
                p.createdBy = caller.name();
                contests.getEntityManager().persist(p);
                added++;
            }
        }
        return added;
    }

    public void recordScores(UUID contestId, UUID roundId, Map<UUID, BigDecimal> scoresByMember) {
        get(contestId);
        if (contests.rounds(contestId).stream().noneMatch(r -> r.id.equals(roundId))) {
            throw ProblemException.rule(Rules.CONTEST_PARTICIPANT, "contest.round-unknown", roundId);
        }
        Map<UUID, ContestParticipant> participants =
                participantsByMember(contestId, scoresByMember.keySet().stream().toList());
        scoresByMember.forEach(
                (member, score) -> contests.recordScore(participants.get(member).id, roundId, score, caller.name()));
    }

    public void award(UUID contestId, Map<UUID, Award> awardsByMember) {
        Contest contest = get(contestId);
        Map<UUID, ContestParticipant> participants =
                participantsByMember(contestId, awardsByMember.keySet().stream().toList());
        awardsByMember.forEach((member, award) -> participants.get(member).award = award);
        contest.touch(caller.name(), Instant.now());
        contests.flush();
        events.contest(TrainingEvents.CONTEST_AWARDED, contest, contests.participants(contestId));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<Contest> search(Integer year, ContestKind kind, int page, int size) {
        String where = "(?1 is null or year = ?1) and (?2 is null or kind = ?2)";
        List<Contest> items = contests.find(where + " order by year desc, title, id", year, kind)
                .page(page, size)
                .list();
        return new Page<>(
                items,
                page,
                size,
                Counting.count(contests.getEntityManager(), "from Contest where " + where, year, kind));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Contest get(UUID id) {
        return contests.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("contest", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public ContestRound round(UUID contestId, UUID roundId) {
        get(contestId);
        return contests.round(contestId, roundId).orElseThrow(() -> ProblemException.notFound("round", roundId));
    }

    /** The contest with its rounds, participants and scores, as a response shows it. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public ContestStanding standing(Contest contest) {
        return new ContestStanding(
                contest, contests.rounds(contest.id), contests.participants(contest.id), contests.scores(contest.id));
    }

    private Map<UUID, ContestParticipant> participantsByMember(UUID contestId, List<UUID> memberIds) {
        Map<UUID, ContestParticipant> byMember = contests.participants(contestId).stream()
                .collect(Collectors.toMap(p -> p.memberId, Function.identity()));
        List<UUID> strangers = new ArrayList<>(memberIds);
        strangers.removeAll(byMember.keySet());
        if (!strangers.isEmpty()) {
            throw ProblemException.rule(
                    Rules.CONTEST_PARTICIPANT,
                    "contest.not-registered",
                    strangers.size(),
                    strangers.stream().limit(10).map(UUID::toString).collect(Collectors.joining(", ")));
        }
        return byMember;
    }
}
