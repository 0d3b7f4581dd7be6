package vn.partybloc.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.partybloc.evaluation.domain.DisciplineCase;

@ApplicationScoped
public class DisciplineCaseRepository implements PanacheRepositoryBase<DisciplineCase, UUID> {}
