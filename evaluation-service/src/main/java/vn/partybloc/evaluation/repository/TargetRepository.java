package vn.partybloc.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.partybloc.evaluation.domain.Target;

@ApplicationScoped
public class TargetRepository implements PanacheRepositoryBase<Target, UUID> {

    /** Targets of a cycle set for one subtree root, or (organization null) for the whole Bloc. */
    public List<Target> of(UUID cycleId, UUID organizationId) {
        return organizationId == null
                ? list("cycleId = ?1 and organizationId is null order by subjectKind, metric, comparison", cycleId)
                : list(
                        "cycleId = ?1 and organizationId = ?2 order by subjectKind, metric, comparison",
                        cycleId,
                        organizationId);
    }

    public List<Target> ofCycle(UUID cycleId) {
        return list("cycleId = ?1 order by organizationId nulls first, subjectKind, metric, comparison", cycleId);
    }
}
