package vn.partybloc.admin;

import java.util.UUID;
import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.DisciplineBody;
import vn.partybloc.client.model.DisciplineCaseRequest;
import vn.partybloc.client.model.DisciplineCategory;
import vn.partybloc.client.model.OrganizationDisciplineCaseRequest;

/**
 * A discipline case opened against a member or an organization as a form's fields, named as the request's: the
 * violation and its category and day, the body that takes it up (its kind and organization) and the day it did.
 */
public class DisciplineCaseForm extends KeyedForm {

    @RestForm
    String violation;

    @RestForm
    String category;

    @RestForm
    String violatedOn;

    @RestForm
    String bodyKind;

    @RestForm
    String bodyOrganizationId;

    @RestForm
    String openedOn;

    /** A blank form, its body the member's cell, taken up today. */
    static DisciplineCaseForm blank(UUID cell, String today) {
        DisciplineCaseForm form = new DisciplineCaseForm();
        form.newKey();
        form.bodyKind = DisciplineBody.CELL.getValue();
        form.bodyOrganizationId = cell == null ? null : cell.toString();
        form.openedOn = today;
        return form;
    }

    /** A blank form against an organization, its body the standing committee of the organization above it. */
    static DisciplineCaseForm againstOrganization(UUID parent, String today) {
        DisciplineCaseForm form = blank(parent, today);
        form.bodyKind = DisciplineBody.STANDING_COMMITTEE.getValue();
        return form;
    }

    OrganizationDisciplineCaseRequest organizationRequest(UUID organizationId) {
        return new OrganizationDisciplineCaseRequest()
                .organizationId(organizationId)
                .violation(FormFields.text(violation))
                .category(FormFields.code(category, DisciplineCategory::fromValue))
                .violatedOn(FormFields.day(violatedOn))
                .bodyKind(FormFields.code(bodyKind, DisciplineBody::fromValue))
                .bodyOrganizationId(FormFields.id(bodyOrganizationId))
                .openedOn(FormFields.day(openedOn));
    }

    DisciplineCaseRequest request(UUID memberId) {
        return new DisciplineCaseRequest()
                .memberId(memberId)
                .violation(FormFields.text(violation))
                .category(FormFields.code(category, DisciplineCategory::fromValue))
                .violatedOn(FormFields.day(violatedOn))
                .bodyKind(FormFields.code(bodyKind, DisciplineBody::fromValue))
                .bodyOrganizationId(FormFields.id(bodyOrganizationId))
                .openedOn(FormFields.day(openedOn));
    }

    public String getViolation() {
        return violation;
    }

    public String getCategory() {
        return category;
    }

    public String getViolatedOn() {
        return violatedOn;
    }

    public String getBodyKind() {
        return bodyKind;
    }

    public String getBodyOrganizationId() {
        return bodyOrganizationId;
    }

    public String getOpenedOn() {
        return openedOn;
    }
}
