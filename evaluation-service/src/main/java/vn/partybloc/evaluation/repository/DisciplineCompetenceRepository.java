package vn.partybloc.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.partybloc.evaluation.domain.DisciplineCompetence;

@ApplicationScoped
public class DisciplineCompetenceRepository implements PanacheRepositoryBase<DisciplineCompetence, UUID> {

    public List<DisciplineCompetence> all() {
        return list("order by bodyKind, bodyLevel, form");
    }
}
