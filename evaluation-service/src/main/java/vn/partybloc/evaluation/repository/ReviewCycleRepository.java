package vn.partybloc.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.partybloc.evaluation.domain.CyclePeriod;
import vn.partybloc.evaluation.domain.ReviewCycle;

@ApplicationScoped
public class ReviewCycleRepository implements PanacheRepositoryBase<ReviewCycle, UUID> {

    public Optional<ReviewCycle> year(int year) {
        return find("year = ?1 and period = ?2", year, CyclePeriod.YEAR).firstResultOptional();
    }

    public List<ReviewCycle> newestFirst() {
        return list("order by year desc, period");
    }

    /**
     * The latest yearly cycle with a rating in the subtree decided on or before {@code asOf}, also one a re-rating
     * has cancelled since.
     */
    public Optional<ReviewCycle> latestWithDecisionsUnder(String pathPrefix, LocalDate asOf) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = getEntityManager()
                .createNativeQuery("""
                select c.id from review_cycles c
                where c.period = 'YEAR' and exists (select 1 from reviews r join organizations o on o.id = r.organization_id
                    where r.cycle_id = c.id and o.path like ?1 and r.decided_on <= ?2)
                order by c.year desc limit 1""")
                .setParameter(1, pathPrefix + "%")
                .setParameter(2, asOf)
                .getResultList();
        return ids.stream().findFirst().map(this::findById);
    }
}
