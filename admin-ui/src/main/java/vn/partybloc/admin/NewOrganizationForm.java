package vn.partybloc.admin;

import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.HostUnit;
import vn.partybloc.client.model.HostUnitKind;
import vn.partybloc.client.model.NewOrganization;
import vn.partybloc.client.model.OrganizationType;

/**
 * A form that founds an organization by a decision: the new organization's fields, named {@code organization.code},
 * …, as the founding request's, so the API's refusals land beside them.
 */
public abstract class NewOrganizationForm extends DecisionForm {

    @RestForm("organization.code")
    String code;

    @RestForm("organization.name")
    String name;

    @RestForm("organization.type")
    String type;

    @RestForm("organization.hostUnit.name")
    String hostUnitName;

    @RestForm("organization.hostUnit.kind")
    String hostUnitKind;

    @RestForm("organization.foundedOn")
    String foundedOn;

    @RestForm("organization.meetsOnline")
    boolean meetsOnline;

    /** The new organization under {@code parentId}; a field left empty (or not a day, not a code) is sent empty. */
    NewOrganization organization(UUID parentId) {
        NewOrganization organization = new NewOrganization()
                .code(FormFields.text(code))
                .name(FormFields.text(name))
                .type(FormFields.code(type, OrganizationType::fromValue))
                .parentId(parentId)
                .foundedOn(FormFields.day(foundedOn))
                .meetsOnline(meetsOnline);
        if (!FormFields.blank(hostUnitName) || !FormFields.blank(hostUnitKind)) {
            organization.hostUnit(new HostUnit()
                    .name(FormFields.text(hostUnitName))
                    .kind(FormFields.code(hostUnitKind, HostUnitKind::fromValue)));
        }
        return organization;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getType() {
        return type;
    }

    public String getHostUnitName() {
        return hostUnitName;
    }

    public String getHostUnitKind() {
        return hostUnitKind;
    }

    public String getFoundedOn() {
        return foundedOn;
    }

    public boolean isMeetsOnline() {
        return meetsOnline;
    }
}
