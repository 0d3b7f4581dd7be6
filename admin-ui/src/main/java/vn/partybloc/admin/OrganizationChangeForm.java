package vn.partybloc.admin;

import org.jboss.resteasy.reactive.RestForm;

/**
 * A structural change to the organization a page shows, by a decision: it carries the version the page showed, sent as
 * {@code If-Match} so the change is refused (412) if the organization changed since.
 */
public class OrganizationChangeForm extends DecisionForm {

    @RestForm
    long version;

    static OrganizationChangeForm blank(long version) {
        OrganizationChangeForm form = new OrganizationChangeForm();
        form.show(version);
        return form;
    }

    /** Makes a blank form show the organization at {@code version}, under a new key. */
    void show(long version) {
        this.version = version;
        newKey();
    }

    String ifMatch() {
        return FormFields.ifMatch(version);
    }

    public long getVersion() {
        return version;
    }
}
