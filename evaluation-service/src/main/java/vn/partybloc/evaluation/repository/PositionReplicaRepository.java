package vn.partybloc.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.partybloc.evaluation.domain.PositionReplica;
import vn.partybloc.platform.persistence.ManyIds;

@ApplicationScoped
public class PositionReplicaRepository implements PanacheRepositoryBase<PositionReplica, UUID> {

    /**
     * The positions each of these members held at some time between the two dates, earliest first, in one statement:
     * a batch of ratings asking member by member would dirty-check every entity it holds before each query.
     */
    @SuppressWarnings("unchecked")
    public Map<UUID, List<PositionReplica>> heldByEach(Collection<UUID> memberIds, LocalDate from, LocalDate to) {
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        List<PositionReplica> held = getEntityManager()
                .createNativeQuery("""
                        select * from positions where member_id = any(cast(?1 as uuid[]))
                          and starts_on <= ?3 and (ends_on is null or ends_on >= ?2) order by starts_on""", PositionReplica.class)
                .setParameter(1, ManyIds.array(memberIds))
                .setParameter(2, from)
                .setParameter(3, to)
                .getResultList();
        return held.stream().collect(Collectors.groupingBy(p -> p.memberId, LinkedHashMap::new, Collectors.toList()));
    }
}
