package vn.partybloc.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.partybloc.evaluation.domain.DisciplineCase;
import vn.partybloc.evaluation.domain.DisciplineStatus;

@ApplicationScoped
public class DisciplineCaseRepository implements PanacheRepositoryBase<DisciplineCase, UUID> {

    public List<DisciplineCase> decidedOf(UUID memberId) {
        return list("memberId = ?1 and status = ?2", memberId, DisciplineStatus.DECIDED);
    }
}
