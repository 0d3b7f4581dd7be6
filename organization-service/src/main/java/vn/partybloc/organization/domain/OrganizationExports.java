package vn.partybloc.organization.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import vn.partybloc.organization.repository.OrganizationRepository;
import vn.partybloc.platform.exports.ExportJob;
import vn.partybloc.platform.exports.Exports;

/** Exports of the tree: the organizations the caller may read, all of them at once, in tree order. */
@ApplicationScoped
public class OrganizationExports {

    public static final String FAMILY = "organizations";

    private final Exports exports;
    private final OrganizationQueries queries;
    private final OrganizationRepository organizations;

    public OrganizationExports(Exports exports, OrganizationQueries queries, OrganizationRepository organizations) {
        this.exports = exports;
        this.queries = queries;
        this.organizations = organizations;
    }

    /**
     * Queues an export of the subtree of {@code organizationId}, its root included (everything the caller may read when
     * null), as it stood at the end of {@code asOf} (the latest state when null), each written as {@code view} shows it.
     * The root is checked here, against the caller's scope and the day; it is read again in the export's snapshot.
     */
    public ExportJob start(
            UUID organizationId,
            LocalDate asOf,
            Set<OrganizationType> types,
            Set<OrganizationStatus> statuses,
            Function<OrganizationRow, Object> view) {
        OrganizationRow root = organizationId == null ? null : queries.get(organizationId, asOf);
        OrganizationFilter filter = queries.scoped(new OrganizationFilter(
                asOf, null, Set.of(), types, statuses, null, root == null ? null : root.path(), null));
        return exports.submit(FAMILY, organizationId, asOf, sink -> {
            if (root != null) {
                organizations
                        .findRow(root.id(), asOf)
                        .filter(row -> types.isEmpty() || types.contains(row.type()))
                        .filter(row -> statuses.isEmpty() || statuses.contains(row.status()))
                        .ifPresent(row -> sink.accept(view.apply(row)));
            }
            organizations.each(filter, row -> sink.accept(view.apply(row)));
        });
    }

    /** The caller's exports (an admin's: everyone's), of the subtree of {@code organizationId} if named. */
    public List<ExportJob> list(UUID organizationId) {
        if (organizationId != null) {
            queries.get(organizationId, null);
        }
        return exports.list(FAMILY, organizationId);
    }
}
