package vn.partybloc.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import vn.partybloc.evaluation.domain.DisciplineAppeal;
import vn.partybloc.evaluation.domain.DisciplineAppealTerms;

@ApplicationScoped
public class DisciplineAppealRepository implements PanacheRepositoryBase<DisciplineAppeal, UUID> {

    /** A case's appeals, oldest first. */
    public List<DisciplineAppeal> ofCase(UUID caseId) {
        return list("caseId = ?1 order by lodgedOn, createdAt", caseId);
    }

    public List<DisciplineAppeal> ofCases(Collection<UUID> caseIds) {
        return caseIds.isEmpty() ? List.of() : list("caseId in ?1", caseIds);
    }

    public DisciplineAppealTerms terms() {
        return getEntityManager().find(DisciplineAppealTerms.class, (short) 1);
    }
}
