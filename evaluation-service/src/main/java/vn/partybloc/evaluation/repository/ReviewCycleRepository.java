package vn.partybloc.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
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

    /** The latest yearly cycle that has at least one decided review. */
    public Optional<ReviewCycle> latestWithDecisions() {
        return find("""
                period = ?1 and exists (select 1 from Review r where r.cycleId = id
                    and r.status in (vn.partybloc.evaluation.domain.ReviewStatus.DECIDED,
                                     vn.partybloc.evaluation.domain.ReviewStatus.PUBLISHED))
                order by year desc""", CyclePeriod.YEAR).firstResultOptional();
    }
}
