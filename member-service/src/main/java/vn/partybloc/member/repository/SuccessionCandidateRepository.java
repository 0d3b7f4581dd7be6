package vn.partybloc.member.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import vn.partybloc.member.domain.SuccessionCandidate;

@ApplicationScoped
public class SuccessionCandidateRepository implements PanacheRepositoryBase<SuccessionCandidate, UUID> {

    public List<SuccessionCandidate> ofPlans(Collection<UUID> planIds) {
        return planIds.isEmpty() ? List.of() : list("planId in ?1 order by addedOn, id", planIds);
    }
}
