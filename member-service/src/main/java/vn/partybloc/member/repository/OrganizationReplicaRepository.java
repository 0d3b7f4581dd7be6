package vn.partybloc.member.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;
import vn.partybloc.member.domain.OrganizationReplica;

/** Reads of the organization replica; {@code OrganizationEventsHandler} writes it. */
@ApplicationScoped
public class OrganizationReplicaRepository implements PanacheRepositoryBase<OrganizationReplica, UUID> {}
