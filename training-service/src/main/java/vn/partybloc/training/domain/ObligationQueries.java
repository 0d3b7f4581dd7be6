package vn.partybloc.training.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import vn.partybloc.platform.web.Page;
import vn.partybloc.platform.web.ProblemException;
import vn.partybloc.training.repository.ObligationRepository;

/** Reading training obligations within the caller's scope. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ObligationQueries {

    private final ObligationRepository obligations;
    private final OrganizationScope scope;

    public ObligationQueries(ObligationRepository obligations, OrganizationScope scope) {
        this.obligations = obligations;
        this.scope = scope;
    }

    /** Obligations of positions on committees of the subtree (the caller's whole scope when no organization is given). */
    public Page<TrainingObligation> search(UUID organizationId, ObligationStatus status, int page, int size) {
        String path = scope.subtreePath(organizationId);
        return new Page<>(
                obligations.search(path, status, page * size, size), page, size, obligations.count(path, status));
    }

    public TrainingObligation get(UUID id) {
        TrainingObligation o =
                obligations.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("obligation", id));
        if (!scope.inScope(o.organizationId)) {
            throw ProblemException.notFound("obligation", id);
        }
        return o;
    }
}
