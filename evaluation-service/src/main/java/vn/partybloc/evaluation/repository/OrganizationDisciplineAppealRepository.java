package vn.partybloc.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import vn.partybloc.evaluation.domain.OrganizationDisciplineAppeal;

@ApplicationScoped
public class OrganizationDisciplineAppealRepository
        implements PanacheRepositoryBase<OrganizationDisciplineAppeal, UUID> {

    /** A case's appeals, oldest first. */
    public List<OrganizationDisciplineAppeal> ofCase(UUID caseId) {
        return list("caseId = ?1 order by lodgedOn, createdAt", caseId);
    }

    public List<OrganizationDisciplineAppeal> ofCases(Collection<UUID> caseIds) {
        return caseIds.isEmpty() ? List.of() : list("caseId in ?1", caseIds);
    }
}
