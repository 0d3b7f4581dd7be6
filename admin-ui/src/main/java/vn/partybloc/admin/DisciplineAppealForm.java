package vn.partybloc.admin;

import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.DisciplineAppealRequest;
import vn.partybloc.client.model.DisciplineBody;

/**
 * An appeal against the decision in force on a case, as a form's fields named as the request's: when the decision was
 * received and the appeal lodged, and the committee that resolves it; {@value #PROVINCE} for the province's committees
 * above the Bloc, which the request names by leaving the organization out.
 */
public class DisciplineAppealForm extends KeyedForm {

    /** The body's organization when it is the province's, above the Bloc: none in the request. */
    static final String PROVINCE = "PROVINCE";

    @RestForm
    String receivedOn;

    @RestForm
    String lodgedOn;

    @RestForm
    String bodyKind;

    @RestForm
    String bodyOrganizationId;

    static DisciplineAppealForm blank() {
        DisciplineAppealForm form = new DisciplineAppealForm();
        form.newKey();
        return form;
    }

    DisciplineAppealRequest request() {
        return new DisciplineAppealRequest()
                .receivedOn(FormFields.day(receivedOn))
                .lodgedOn(FormFields.day(lodgedOn))
                .bodyKind(FormFields.code(bodyKind, DisciplineBody::fromValue))
                .bodyOrganizationId(PROVINCE.equals(bodyOrganizationId) ? null : FormFields.id(bodyOrganizationId));
    }

    public String getReceivedOn() {
        return receivedOn;
    }

    public String getLodgedOn() {
        return lodgedOn;
    }

    public String getBodyKind() {
        return bodyKind;
    }

    public String getBodyOrganizationId() {
        return bodyOrganizationId;
    }
}
