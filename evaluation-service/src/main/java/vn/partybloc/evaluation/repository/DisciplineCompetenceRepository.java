package vn.partybloc.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.partybloc.evaluation.domain.DisciplineBody;
import vn.partybloc.evaluation.domain.DisciplineCompetence;
import vn.partybloc.evaluation.domain.DisciplineForm;
import vn.partybloc.evaluation.domain.DisciplineLevel;

@ApplicationScoped
public class DisciplineCompetenceRepository implements PanacheRepositoryBase<DisciplineCompetence, UUID> {

    public Optional<DisciplineCompetence> of(DisciplineBody body, DisciplineLevel level, DisciplineForm form) {
        return find("bodyKind = ?1 and bodyLevel = ?2 and form = ?3", body, level, form)
                .firstResultOptional();
    }

    public List<DisciplineCompetence> all() {
        return list("order by bodyKind, bodyLevel, form");
    }
}
