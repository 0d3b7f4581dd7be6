package vn.partybloc.organization.domain;

import java.util.List;

/** An organization with the members counted in its subtree and the warnings they give. */
public record OrganizationWarnings(OrganizationRow organization, MemberCount count, List<StructureWarning> warnings) {}
