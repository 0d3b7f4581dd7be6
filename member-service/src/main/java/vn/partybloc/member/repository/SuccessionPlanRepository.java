package vn.partybloc.member.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.partybloc.member.domain.SuccessionPlan;
import vn.partybloc.platform.search.TextSearch;

@ApplicationScoped
public class SuccessionPlanRepository implements PanacheRepositoryBase<SuccessionPlan, UUID> {

    /** The plans of every organization of the subtree at {@code path}, optionally of one term. */
    @SuppressWarnings("unchecked")
    public List<SuccessionPlan> inSubtree(String path, Integer termStartYear) {
        return getEntityManager()
                .createNativeQuery("""
                select p.* from succession_plans p join organizations o on o.id = p.organization_id
                where o.path like :path and (cast(:term as integer) is null or p.term_start_year = cast(:term as integer))
                order by o.path, p.term_start_year, p.committee_kind, p.position""", SuccessionPlan.class)
                .setParameter("path", TextSearch.escape(path) + "%")
                .setParameter("term", termStartYear)
                .getResultList();
    }
}
