package vn.partybloc.organization.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import vn.partybloc.organization.config.OrganizationSizeConfig;
import vn.partybloc.organization.repository.MemberReplicaRepository;
import vn.partybloc.organization.repository.OrganizationRepository;
import vn.partybloc.platform.web.ProblemMessage;

/**
 * Domain rules 1 and 2 as warnings (the article's data has exceptions, which the superior consents to): a cell with
 * fewer than 3 full members, a grassroots cell of 30 members or more, a grassroots committee of fewer than 30. Counted
 * now, from the member replica, over each active organization's subtree; the thresholds are configuration
 * ({@link OrganizationSizeConfig}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class StructureWarnings {

    private final OrganizationSizeConfig sizes;
    private final MemberReplicaRepository members;
    private final OrganizationRepository organizations;

    public StructureWarnings(
            OrganizationSizeConfig sizes, MemberReplicaRepository members, OrganizationRepository organizations) {
        this.sizes = sizes;
        this.members = members;
        this.organizations = organizations;
    }

    /** The warnings of one organization as it stands now; none for an organization that is no longer active. */
    public List<StructureWarning> of(OrganizationRow org) {
        if (org.status() != OrganizationStatus.ACTIVE) {
            return List.of();
        }
        return check(org, members.inSubtree(org.path()));
    }

    /** Every active organization of the subtree of {@code root} (the root included) that has a warning, by depth. */
    public List<OrganizationWarnings> inSubtree(OrganizationRow root) {
        Map<UUID, MemberCount> counts = countsByOrganization(root.path());
        OrganizationFilter below = new OrganizationFilter(
                null, null, Set.of(), Set.of(), Set.of(OrganizationStatus.ACTIVE), null, root.path(), null);
        List<OrganizationRow> active = root.status() == OrganizationStatus.ACTIVE
                ? Stream.concat(
                                Stream.of(root),
                                organizations.search(below, "o.depth, o.code", 0, Integer.MAX_VALUE).stream())
                        .toList()
                : List.of();
        List<OrganizationWarnings> found = new ArrayList<>();
        for (OrganizationRow org : active) {
            MemberCount count = counts.getOrDefault(org.id(), MemberCount.NONE);
            List<StructureWarning> warnings = check(org, count);
            if (!warnings.isEmpty()) {
                found.add(new OrganizationWarnings(org, count, warnings));
            }
        }
        return found;
    }

    /** Members of each organization's subtree: every cell's members added to the cell and to each of its ancestors. */
    private Map<UUID, MemberCount> countsByOrganization(String rootPath) {
        Map<UUID, MemberCount> counts = new HashMap<>();
        members.byCellPathInSubtree(rootPath)
                .forEach((cellPath, count) ->
                        Organization.pathIds(cellPath).forEach(id -> counts.merge(id, count, MemberCount::plus)));
        return counts;
    }

    private List<StructureWarning> check(OrganizationRow org, MemberCount count) {
        List<StructureWarning> warnings = new ArrayList<>();
        String source = sizes.source();
        int minFull = sizes.cellMinFullMembers();
        if (org.type().isCell() && count.fullMembers() < minFull) {
            warnings.add(new StructureWarning(
                    Rules.CELL_FULL_MEMBERS,
                    count.fullMembers(),
                    minFull,
                    source,
                    new ProblemMessage("warning.cell-full-members", org.code(), count.fullMembers(), minFull, source)));
        }
        int committeeFrom = sizes.grassrootsCommitteeFromMembers();
        if (org.type() == OrganizationType.GRASSROOTS_CELL && count.members() >= committeeFrom) {
            warnings.add(new StructureWarning(
                    Rules.GRASSROOTS_SIZE,
                    count.members(),
                    committeeFrom,
                    source,
                    new ProblemMessage(
                            "warning.grassroots-cell-large", org.code(), count.members(), committeeFrom, source)));
        }
        if (org.type() == OrganizationType.GRASSROOTS_COMMITTEE && count.members() < committeeFrom) {
            warnings.add(new StructureWarning(
                    Rules.GRASSROOTS_SIZE,
                    count.members(),
                    committeeFrom,
                    source,
                    new ProblemMessage(
                            "warning.grassroots-committee-small", org.code(), count.members(), committeeFrom, source)));
        }
        return warnings;
    }
}
