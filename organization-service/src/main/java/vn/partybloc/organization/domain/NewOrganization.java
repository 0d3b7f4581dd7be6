package vn.partybloc.organization.domain;

import java.time.LocalDate;
import java.util.UUID;

/** What is needed to bring an organization into the tree (founding, receiving, the result of a split or merge). */
public record NewOrganization(
        String code,
        String name,
        OrganizationType type,
        UUID parentId,
        HostUnit hostUnit,
        LocalDate foundedOn,
        boolean meetsOnline) {}
