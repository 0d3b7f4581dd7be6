package vn.partybloc.organization.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import vn.partybloc.platform.codes.CodeList;
import vn.partybloc.platform.codes.CodeListSource;

/** The codes of an organization's type and of its host unit's kind. */
@ApplicationScoped
public class OrganizationCodeLists implements CodeListSource {

    private static final List<CodeList> LISTS = List.of(
            CodeList.of(
                    "organization-types",
                    "Kinds of party organization",
                    "Loại hình tổ chức đảng",
                    List.of("Organization.type", "NewOrganization.type"),
                    OrganizationType.class),
            CodeList.of(
                    "host-unit-kinds",
                    "Kinds of the workplace an organization belongs to",
                    "Loại hình cơ quan, đơn vị, doanh nghiệp",
                    List.of("HostUnit.kind"),
                    HostUnitKind.class));

    @Override
    public List<CodeList> codeLists() {
        return LISTS;
    }
}
