package vn.partybloc.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.partybloc.evaluation.domain.OrganizationDisciplineCompetence;

@ApplicationScoped
public class OrganizationDisciplineCompetenceRepository
        implements PanacheRepositoryBase<OrganizationDisciplineCompetence, UUID> {

    public List<OrganizationDisciplineCompetence> all() {
        return list("order by bodyKind, bodyLevel, form");
    }
}
