package vn.partybloc.member.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import vn.partybloc.member.domain.CandidateFlag;
import vn.partybloc.member.domain.CandidateFlagReason;
import vn.partybloc.platform.persistence.ManyIds;

@ApplicationScoped
public class CandidateFlagRepository implements PanacheRepositoryBase<CandidateFlag, UUID> {

    /**
     * Flags every planned candidacy of the member for this reason and source, once: a redelivered or republished
     * decision adds nothing. Returns how many candidacies it flagged now.
     */
    public int flagPlanned(UUID memberId, CandidateFlagReason reason, UUID sourceId, LocalDate on) {
        return getEntityManager()
                .createNativeQuery("""
                        insert into candidate_flags (id, candidate_id, reason, source_id, flagged_on, recorded_at)
                        select gen_random_uuid(), c.id, ?2, ?3, ?4, now() from succession_candidates c
                        where c.member_id = ?1 and c.status = 'PLANNED'
                        on conflict (candidate_id, reason, source_id) do nothing""")
                .setParameter(1, memberId)
                .setParameter(2, reason.name())
                .setParameter(3, sourceId)
                .setParameter(4, on)
                .executeUpdate();
    }

    /** Withdraws the member's flags for this reason and source, as when the decision was annulled. */
    public int withdraw(UUID memberId, CandidateFlagReason reason, UUID sourceId) {
        return getEntityManager()
                .createNativeQuery("""
                        delete from candidate_flags f using succession_candidates c
                        where f.candidate_id = c.id and c.member_id = ?1 and f.reason = ?2 and f.source_id = ?3""")
                .setParameter(1, memberId)
                .setParameter(2, reason.name())
                .setParameter(3, sourceId)
                .executeUpdate();
    }

    public List<CandidateFlag> ofCandidates(Collection<UUID> candidateIds) {
        if (candidateIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<CandidateFlag> flags = getEntityManager()
                .createNativeQuery(
                        "select * from candidate_flags where candidate_id = any(cast(?1 as uuid[])) "
                                + "order by flagged_on, recorded_at",
                        CandidateFlag.class)
                .setParameter(1, ManyIds.array(candidateIds))
                .getResultList();
        return flags;
    }
}
