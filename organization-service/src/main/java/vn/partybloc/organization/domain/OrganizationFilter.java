package vn.partybloc.organization.domain;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * What to read: {@code asOf} null means the latest recorded state; {@code codes}, when any, keeps only the organizations
 * with those codes, exactly. {@code subtreePath} keeps descendants of the
 * organization with that path (excluding it); {@code scope} confines the result to a secretary's subtree.
 */
public record OrganizationFilter(
        LocalDate asOf,
        String q,
        Set<String> codes,
        Set<OrganizationType> types,
        Set<OrganizationStatus> statuses,
        UUID parentId,
        String subtreePath,
        UUID scope) {

    public static OrganizationFilter all(LocalDate asOf) {
        return new OrganizationFilter(asOf, null, Set.of(), Set.of(), Set.of(), null, null, null);
    }
}
