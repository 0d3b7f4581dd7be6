package vn.partybloc.training.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import vn.partybloc.platform.persistence.ManyIds;
import vn.partybloc.platform.persistence.Scroll;
import vn.partybloc.platform.search.TextSearch;
import vn.partybloc.training.domain.MemberReplica;

@ApplicationScoped
public class MemberReplicaRepository implements PanacheRepositoryBase<MemberReplica, UUID> {

    public List<MemberReplica> byIds(Collection<UUID> ids) {
        return ManyIds.load(getEntityManager(), MemberReplica.class, "members", ids);
    }

    /** Active members whose cell lies in the subtree with this path prefix. */
    @SuppressWarnings("unchecked")
    public List<MemberReplica> activeInSubtree(String path) {
        return getEntityManager()
                .createNativeQuery("""
                select m.* from members m join organizations o on o.id = m.organization_id
                where m.status = 'ACTIVE' and o.path like ?1 order by m.id""", MemberReplica.class)
                .setParameter(1, TextSearch.escape(path) + "%")
                .getResultList();
    }

    /**
     * Active members holding, on {@code day}, a position of these kinds (all kinds when empty) on a committee of an
     * organization in the subtree.
     */
    @SuppressWarnings("unchecked")
    public List<MemberReplica> positionHoldersInSubtree(
            String path, Set<String> positions, Set<String> committeeKinds, LocalDate day) {
        return getEntityManager()
                .createNativeQuery("""
                select m.* from members m where m.status = 'ACTIVE' and exists (
                    select 1 from positions p join organizations o on o.id = p.organization_id
                    where p.member_id = m.id and o.path like :path and p.starts_on <= :day and (p.ends_on is null or p.ends_on >= :day)
                      and (:anyPosition or p.position in (:positions)) and (:anyKind or p.committee_kind in (:kinds)))
                order by m.id""", MemberReplica.class)
                .setParameter("path", TextSearch.escape(path) + "%")
                .setParameter("day", day)
                .setParameter("anyPosition", positions.isEmpty())
                .setParameter("positions", positions.isEmpty() ? Set.of("-") : positions)
                .setParameter("anyKind", committeeKinds.isEmpty())
                .setParameter("kinds", committeeKinds.isEmpty() ? Set.of("-") : committeeKinds)
                .getResultList();
    }

    /** Every member the replica knows whose cell lies in the subtree with this path prefix, by id, a batch at a time. */
    public void inSubtreeInBatches(String path, Consumer<List<MemberReplica>> each) {
        Query query = getEntityManager()
                .createNativeQuery(
                        "select m.* from members m join organizations o on o.id = m.organization_id"
                                + " where o.path like ?1 order by m.id",
                        MemberReplica.class)
                .setParameter(1, TextSearch.escape(path) + "%");
        Scroll.inBatches(getEntityManager(), query, MemberReplica.class::cast, each);
    }
}
