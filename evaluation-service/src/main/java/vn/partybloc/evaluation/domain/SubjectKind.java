package vn.partybloc.evaluation.domain;

import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.contracts.OrganizationTypes;

/** What a review rates. The subject id names an organization, a committee or a member, as the kind says. */
@Schema(
        description =
                "What is rated: GRASSROOTS_ORGANIZATION (tổ chức cơ sở đảng), SUBORDINATE_ORGANIZATION (đảng bộ bộ phận, chi bộ trực thuộc), HOST_UNIT (cơ quan, đơn vị, doanh nghiệp), COLLECTIVE_COMMITTEE (tập thể cấp ủy), MEMBER (đảng viên), COMMITTEE_MEMBER (cấp ủy viên).")
public enum SubjectKind {
    /** A grassroots party committee or grassroots cell (tổ chức cơ sở đảng); the subject id is the organization. */
    GRASSROOTS_ORGANIZATION(OrganizationTypes.GRASSROOTS),
    /** A sub-committee or subordinate cell; the subject id is the organization. */
    SUBORDINATE_ORGANIZATION(OrganizationTypes.SUBORDINATE),
    /** The host agency or enterprise of a grassroots organization; the subject id is that organization. */
    HOST_UNIT(OrganizationTypes.GRASSROOTS),
    /** A collective committee (tập thể cấp ủy); the subject id is the committee. */
    COLLECTIVE_COMMITTEE(Set.of()),
    /** A party member; the subject id is the member. */
    MEMBER(Set.of()),
    /** A committee member (cấp ủy viên) in that role; the subject id is the member. */
    COMMITTEE_MEMBER(Set.of());

    private final Set<String> organizationTypes;

    SubjectKind(Set<String> organizationTypes) {
        this.organizationTypes = organizationTypes;
    }

    public boolean isOrganization() {
        return !organizationTypes.isEmpty();
    }

    public Set<String> organizationTypes() {
        return organizationTypes;
    }
}
