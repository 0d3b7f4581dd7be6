package vn.partybloc.admin;

import org.jboss.resteasy.reactive.RestForm;

/**
 * A form that changes a record: it carries the version it showed, sent as {@code If-Match} so the change is refused
 * (412) if the record changed since.
 */
public abstract class ChangeForm extends KeyedForm {

    @RestForm
    long version;

    /** Makes a blank form show a record at {@code version}, under a new key. */
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
