package vn.partybloc.organization.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.partybloc.organization.domain.MemberCount;
import vn.partybloc.organization.domain.MemberReplica;
import vn.partybloc.platform.search.TextSearch;

/** Member counts from the replica, by the organizations' current paths. */
@ApplicationScoped
public class MemberReplicaRepository implements PanacheRepositoryBase<MemberReplica, UUID> {

    /** Members still on the register: active, or exempt from activities. */
    private static final String ON_REGISTER = "m.status in ('ACTIVE', 'EXEMPT')";

    /**
     * The members on the register of the subtree with this path ({@code ?1}: the path and {@code %}), and how many of
     * them are full members. The subtree's organizations are found by their path's index, then each one's members by
     * the replica's index on the cell, which carries status and kind: the cost grows with the subtree, not with the
     * replica ({@code MemberCountPlanTest}).
     */
    public static final String SUBTREE_COUNT =
            "select count(*), count(*) filter (where m.membership_kind = 'FULL') from members m"
                    + " join organizations o on o.id = m.organization_id where " + ON_REGISTER + " and o.path like ?1";

    /** Members on the register whose cell lies in the subtree with this path (its root included). */
    public long onRegisterInSubtree(String path) {
        return inSubtree(path).members();
    }

    /** Members on the register, and full members among them, whose cell lies in the subtree with this path. */
    public MemberCount inSubtree(String path) {
        Object[] row = (Object[]) getEntityManager()
                .createNativeQuery(SUBTREE_COUNT)
                .setParameter(1, TextSearch.escape(path) + "%")
                .getSingleResult();
        return new MemberCount(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /** Per organization (a cell, as members sit in cells) of the subtree with this path: its members on the register. */
    public Map<String, MemberCount> byCellPathInSubtree(String path) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager()
                .createNativeQuery("select o.path, count(*), count(*) filter (where m.membership_kind = 'FULL')"
                        + " from members m join organizations o on o.id = m.organization_id"
                        + " where " + ON_REGISTER + " and o.path like ?1 group by o.path")
                .setParameter(1, TextSearch.escape(path) + "%")
                .getResultList();
        Map<String, MemberCount> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put((String) row[0], new MemberCount(((Number) row[1]).longValue(), ((Number) row[2]).longValue()));
        }
        return counts;
    }
}
