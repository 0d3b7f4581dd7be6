package vn.partybloc.evaluation.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.partybloc.evaluation.repository.OrganizationReplicaRepository;
import vn.partybloc.evaluation.repository.ReviewCycleRepository;
import vn.partybloc.evaluation.repository.TargetRepository;
import vn.partybloc.platform.security.Caller;
import vn.partybloc.platform.web.ETags;
import vn.partybloc.platform.web.ProblemException;

/** Targets per cycle and subtree; those without an organization hold for the whole Bloc. */
@ApplicationScoped
@Transactional
public class TargetService {

    private final TargetRepository targets;
    private final ReviewCycleRepository cycles;
    private final OrganizationReplicaRepository organizations;
    private final OrganizationScope scope;
    private final Caller caller;

    public TargetService(
            TargetRepository targets,
            ReviewCycleRepository cycles,
            OrganizationReplicaRepository organizations,
            OrganizationScope scope,
            Caller caller) {
        this.targets = targets;
        this.organizations = organizations;
        this.cycles = cycles;
        this.scope = scope;
        this.caller = caller;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Target> of(UUID cycleId, UUID organizationId) {
        if (organizationId != null) {
            scope.visible(organizationId);
        }
        cycles.findByIdOptional(cycleId).orElseThrow(() -> ProblemException.notFound("review-cycle", cycleId));
        return targets.of(cycleId, organizationId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Target get(UUID id) {
        Target t = targets.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("target", id));
        // As in the list: a secretary reads the Bloc-wide targets and those set for their own subtree, no others.
        if (t.organizationId != null && scope.scopePath().isPresent()) {
            OrganizationReplica org = organizations.findById(t.organizationId);
            if (org == null || !scope.inScope(org)) {
                throw ProblemException.notFound("target", id);
            }
        }
        return t;
    }

    public Target set(
            UUID cycleId,
            UUID organizationId,
            SubjectKind kind,
            TargetMetric metric,
            TargetComparison comparison,
            BigDecimal percent,
            String note) {
        cycles.findByIdOptional(cycleId).orElseThrow(() -> ProblemException.notFound("review-cycle", cycleId));
        if (organizationId != null) {
            scope.visible(organizationId);
        }
        Target t = new Target();
        t.id = UUID.randomUUID();
        t.cycleId = cycleId;
        t.organizationId = organizationId;
        t.subjectKind = kind;
        t.metric = metric;
        t.comparison = comparison;
        t.percent = percent;
        t.note = note;
        t.created(caller.name(), Instant.now());
        targets.persist(t);
        targets.flush();
        return t;
    }

    public Target change(UUID id, String ifMatch, TargetComparison comparison, BigDecimal percent, String note) {
        Target t = get(id);
        ETags.checkIfMatch(ifMatch, t.version);
        t.comparison = comparison;
        t.percent = percent;
        t.note = note;
        t.touch(caller.name(), Instant.now());
        targets.flush();
        return t;
    }
}
