package vn.partybloc.training.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.partybloc.training.domain.Contest;
import vn.partybloc.training.domain.ContestParticipant;
import vn.partybloc.training.domain.ContestParticipation;
import vn.partybloc.training.domain.ContestRound;

@ApplicationScoped
public class ContestRepository implements PanacheRepositoryBase<Contest, UUID> {

    public Optional<ContestRound> round(UUID contestId, UUID roundId) {
        return getEntityManager()
                .createQuery("from ContestRound where contestId = ?1 and id = ?2", ContestRound.class)
                .setParameter(1, contestId)
                .setParameter(2, roundId)
                .getResultStream()
                .findFirst();
    }

    public List<ContestRound> rounds(UUID contestId) {
        return getEntityManager()
                .createQuery("from ContestRound where contestId = ?1 order by sequence", ContestRound.class)
                .setParameter(1, contestId)
                .getResultList();
    }

    public List<ContestParticipant> participants(UUID contestId) {
        return getEntityManager()
                .createQuery(
                        "from ContestParticipant where contestId = ?1 order by createdAt, id", ContestParticipant.class)
                .setParameter(1, contestId)
                .getResultList();
    }

    /** Scores by participant, then by round. */
    @SuppressWarnings("unchecked")
    public Map<UUID, Map<UUID, BigDecimal>> scores(UUID contestId) {
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("""
                select r.participant_id, r.round_id, r.score from contest_results r
                join contest_participants p on p.id = r.participant_id where p.contest_id = ?1""")
                .setParameter(1, contestId)
                .getResultList();
        return rows.stream().collect(Collectors.groupingBy(r -> (UUID) r[0], Collectors.toMap(r -> (UUID) r[1], r ->
                (BigDecimal) r[2])));
    }

    public void recordScore(UUID participantId, UUID roundId, BigDecimal score, String by) {
        getEntityManager()
                .createNativeQuery("""
                insert into contest_results (participant_id, round_id, score, recorded_at, recorded_by) values (?1, ?2, ?3, ?4, ?5)
                on conflict (participant_id, round_id) do update set score = excluded.score,
                    recorded_at = excluded.recorded_at, recorded_by = excluded.recorded_by""")
                .setParameter(1, participantId)
                .setParameter(2, roundId)
                .setParameter(3, score)
                .setParameter(4, Timestamp.from(Instant.now()))
                .setParameter(5, by)
                .executeUpdate();
    }

    /** The contests these members took part in, by member, each member's by year and title. */
    public Map<UUID, List<ContestParticipation>> participationsOf(Collection<UUID> memberIds) {
        return getEntityManager().createQuery("""
                select p.memberId, c.id, c.title, c.kind, c.year, p.award from ContestParticipant p, Contest c
                where c.id = p.contestId and p.memberId in ?1 order by c.year, c.title""", Object[].class).setParameter(1, memberIds).getResultList().stream()
                .collect(Collectors.groupingBy(
                        r -> (UUID) r[0],
                        Collectors.mapping(
                                r -> new ContestParticipation(
                                        (UUID) r[1],
                                        (String) r[2],
                                        r[3].toString(),
                                        (Integer) r[4],
                                        r[5] == null ? null : r[5].toString()),
                                Collectors.toList())));
    }
}
