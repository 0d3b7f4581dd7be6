package vn.partybloc.evaluation.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.partybloc.evaluation.domain.OrganizationDisciplineCase;

@ApplicationScoped
public class OrganizationDisciplineCaseRepository implements PanacheRepositoryBase<OrganizationDisciplineCase, UUID> {}
