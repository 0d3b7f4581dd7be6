package vn.partybloc.evaluation.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.UUID;
import vn.partybloc.platform.web.ProblemException;

/** Reads of discipline cases against members or organizations, within the subtree the caller may see. */
@ApplicationScoped
class DisciplineCases {

    private final EntityManager entityManager;
    private final OrganizationScope scope;

    DisciplineCases(EntityManager entityManager, OrganizationScope scope) {
        this.entityManager = entityManager;
        this.scope = scope;
    }

    <C extends DisciplineCaseBase> C get(Class<C> type, String noun, UUID id) {
        return held(entityManager.find(type, id), noun, id);
    }

    /** The case, locked until the transaction ends: its decision and appeals change one at a time. */
    <C extends DisciplineCaseBase> C locked(Class<C> type, String noun, UUID id) {
        return held(entityManager.find(type, id, LockModeType.PESSIMISTIC_WRITE), noun, id);
    }

    private <C extends DisciplineCaseBase> C held(C c, String noun, UUID id) {
        if (c == null) {
            throw ProblemException.notFound(noun, id);
        }
        scope.holding(noun, id, c.organizationId);
        return c;
    }

    /** The cases held in the subtree of {@code organizationId}, opened in {@code year} if given, newest first. */
    <C extends DisciplineCaseBase> List<C> of(Class<C> type, UUID organizationId, Integer year) {
        OrganizationReplica org = scope.visible(organizationId);
        return entityManager
                .createQuery(
                        "select c from " + type.getSimpleName() + " c, OrganizationReplica o"
                                + " where o.id = c.organizationId and o.path like :path"
                                + " and (:year is null or year(c.openedOn) = :year) order by c.openedOn desc, c.id",
                        type)
                .setParameter("path", org.path + "%")
                .setParameter("year", year)
                .getResultList();
    }
}
