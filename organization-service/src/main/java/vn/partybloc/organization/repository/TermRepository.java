package vn.partybloc.organization.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.partybloc.organization.domain.Term;
import vn.partybloc.platform.persistence.Counting;

@ApplicationScoped
public class TermRepository implements PanacheRepositoryBase<Term, UUID> {

    public List<Term> ofOrganization(UUID organizationId) {
        return list("organizationId = ?1 order by startYear", organizationId);
    }

    /** The latest term (by start year) of each organization that has one. */
    public List<Term> latestOf(List<UUID> organizationIds) {
        if (organizationIds.isEmpty()) {
            return List.of();
        }
        return list(
                "from Term o where o.organizationId in ?1 and o.startYear = "
                        + "(select max(t.startYear) from Term t where t.organizationId = o.organizationId)",
                organizationIds);
    }

    public boolean overlaps(UUID organizationId, int startYear, int endYear, UUID exceptId) {
        return Counting.any(
                getEntityManager(),
                "from Term where organizationId = ?1 and startYear < ?3 and endYear > ?2 and id <> ?4",
                organizationId,
                startYear,
                endYear,
                exceptId == null ? new UUID(0, 0) : exceptId);
    }
}
