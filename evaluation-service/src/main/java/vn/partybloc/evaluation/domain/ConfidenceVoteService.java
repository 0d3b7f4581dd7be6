package vn.partybloc.evaluation.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.partybloc.evaluation.events.EvaluationEvents;
import vn.partybloc.evaluation.repository.ConfidenceVoteRepository;
import vn.partybloc.evaluation.repository.VoteResultRepository;
import vn.partybloc.platform.security.Caller;
import vn.partybloc.platform.web.ProblemException;
import vn.partybloc.platform.web.ProblemMessage;
import vn.partybloc.platform.web.ProblemType;

/** Confidence votes under QĐ 96-QĐ/TW (domain rule 12). */
@ApplicationScoped
@Transactional
public class ConfidenceVoteService {

    private final ConfidenceVoteRepository votes;
    private final VoteResultRepository results;
    private final OrganizationScope scope;
    private final EvaluationEvents events;
    private final Caller caller;

    public ConfidenceVoteService(
            ConfidenceVoteRepository votes,
            VoteResultRepository results,
            OrganizationScope scope,
            EvaluationEvents events,
            Caller caller) {
        this.votes = votes;
        this.results = results;
        this.scope = scope;
        this.events = events;
        this.caller = caller;
    }

    public record Ballots(
            UUID memberId,
            String positionTitle,
            int issued,
            int returned,
            int valid,
            int invalid,
            int high,
            int trust,
            int low) {}

    public record Recorded(ConfidenceVote vote, List<VoteResult> results) {}

    public Recorded record(
            UUID organizationId,
            String body,
            LocalDate votedOn,
            int summoned,
            int present,
            String note,
            List<Ballots> ballots) {
        scope.visible(organizationId);
        List<ProblemException.FieldIssue> errors = new ArrayList<>();
        Set<UUID> people = new HashSet<>();
        for (int i = 0; i < ballots.size(); i++) {
            Ballots b = ballots.get(i);
            ProblemMessage problem = !people.add(b.memberId())
                    ? new ProblemMessage("vote.person-twice")
                    : b.issued() > present
                            ? new ProblemMessage("vote.issued-over-present", present)
                            : b.returned() > b.issued()
                                    ? new ProblemMessage("vote.returned-over-issued")
                                    : b.valid() + b.invalid() != b.returned()
                                            ? new ProblemMessage("vote.valid-invalid-sum")
                                            : b.high() + b.trust() + b.low() != b.valid()
                                                    ? new ProblemMessage("vote.levels-sum")
                                                    : null;
            if (problem != null) {
                errors.add(new ProblemException.FieldIssue("results[" + i + "]", problem));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(
                    ProblemType.DOMAIN_RULE, new ProblemMessage("vote.counts"), Rules.VOTE_COUNTS, errors);
        }
        ConfidenceVote v = new ConfidenceVote();
        v.id = UUID.randomUUID();
        v.organizationId = organizationId;
        v.body = body;
        v.votedOn = votedOn;
        v.summoned = summoned;
        v.present = present;
        v.valid = ConfidenceVote.quorate(summoned, present);
        v.note = note;
        v.created(caller.name(), Instant.now());
        votes.persist(v);
        List<VoteResult> recorded = new ArrayList<>();
        for (Ballots b : ballots) {
            VoteResult r = new VoteResult();
            r.id = UUID.randomUUID();
            r.voteId = v.id;
            r.memberId = b.memberId();
            r.positionTitle = b.positionTitle();
            r.ballotsIssued = b.issued();
            r.ballotsReturned = b.returned();
            r.validBallots = b.valid();
            r.invalidBallots = b.invalid();
            r.high = b.high();
            r.trust = b.trust();
            r.low = b.low();
            r.flag = VoteResult.flagFor(v.valid, b.low(), b.returned());
            results.persist(r);
            recorded.add(r);
        }
        events.confidenceVote(v, recorded);
        return new Recorded(v, recorded);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Recorded get(UUID id) {
        ConfidenceVote v =
                votes.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("confidence-vote", id));
        try {
            scope.visible(v.organizationId);
        } catch (ProblemException e) {
            throw ProblemException.notFound("confidence-vote", id);
        }
        return new Recorded(v, results.list("voteId = ?1 order by memberId", id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Recorded> of(UUID organizationId, Integer year) {
        OrganizationReplica org = scope.visible(organizationId);
        List<ConfidenceVote> found = votes.getEntityManager()
                .createQuery("""
                select v from ConfidenceVote v, OrganizationReplica o where o.id = v.organizationId and o.path like :path
                and (:year is null or year(v.votedOn) = :year) order by v.votedOn desc""", ConfidenceVote.class)
                .setParameter("path", org.path + "%")
                .setParameter("year", year)
                .getResultList();
        return found.stream()
                .map(v -> new Recorded(v, results.list("voteId = ?1 order by memberId", v.id)))
                .toList();
    }
}
