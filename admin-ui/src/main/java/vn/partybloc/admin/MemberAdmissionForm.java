package vn.partybloc.admin;

import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.Degree;
import vn.partybloc.client.model.Gender;
import vn.partybloc.client.model.MemberEntry;
import vn.partybloc.client.model.MemberRequest;
import vn.partybloc.client.model.PoliticalTheory;

/**
 * A member admitted (kết nạp) or received from outside the Bloc, as a form's fields named as the request's: who they
 * are, how and when they came onto the register, their cell, their education. A field left empty is sent empty.
 */
public class MemberAdmissionForm extends KeyedForm implements PersonalFields {

    @RestForm
    String fullName;

    @RestForm
    String birthName;

    @RestForm
    String dateOfBirth;

    @RestForm
    String gender;

    @RestForm
    String nationalId;

    @RestForm
    String ethnicity;

    @RestForm
    String religion;

    @RestForm
    String hometown;

    @RestForm
    String entry;

    @RestForm
    String admittedOn;

    @RestForm
    String fullMemberSince;

    @RestForm
    String decisionNumber;

    @RestForm
    String partyCardNumber;

    @RestForm
    String receivedOn;

    @RestForm
    String origin;

    @RestForm
    String organizationId;

    @RestForm
    String degree;

    @RestForm
    String politicalTheory;

    @RestForm
    String jobTitle;

    static MemberAdmissionForm blank(String organizationId) {
        MemberAdmissionForm form = new MemberAdmissionForm();
        form.newKey();
        form.entry = MemberEntry.ADMITTED.getValue();
        form.organizationId = organizationId;
        return form;
    }

    MemberRequest request() {
        return new MemberRequest()
                .fullName(FormFields.text(fullName))
                .birthName(FormFields.text(birthName))
                .dateOfBirth(FormFields.day(dateOfBirth))
                .gender(FormFields.code(gender, Gender::fromValue))
                .nationalId(FormFields.text(nationalId))
                .ethnicity(FormFields.text(ethnicity))
                .religion(FormFields.text(religion))
                .hometown(FormFields.text(hometown))
                .entry(FormFields.code(entry, MemberEntry::fromValue))
                .admittedOn(FormFields.day(admittedOn))
                .fullMemberSince(FormFields.day(fullMemberSince))
                .decisionNumber(FormFields.text(decisionNumber))
                .partyCardNumber(FormFields.text(partyCardNumber))
                .receivedOn(FormFields.day(receivedOn))
                .origin(FormFields.text(origin))
                .organizationId(FormFields.id(organizationId))
                .degree(FormFields.code(degree, Degree::fromValue))
                .politicalTheory(FormFields.code(politicalTheory, PoliticalTheory::fromValue))
                .jobTitle(FormFields.text(jobTitle));
    }

    @Override
    public String getFullName() {
        return fullName;
    }

    @Override
    public String getBirthName() {
        return birthName;
    }

    @Override
    public String getDateOfBirth() {
        return dateOfBirth;
    }

    @Override
    public String getGender() {
        return gender;
    }

    public String getNationalId() {
        return nationalId;
    }

    @Override
    public String getEthnicity() {
        return ethnicity;
    }

    @Override
    public String getReligion() {
        return religion;
    }

    @Override
    public String getHometown() {
        return hometown;
    }

    public String getEntry() {
        return entry;
    }

    public String getAdmittedOn() {
        return admittedOn;
    }

    public String getFullMemberSince() {
        return fullMemberSince;
    }

    public String getDecisionNumber() {
        return decisionNumber;
    }

    public String getPartyCardNumber() {
        return partyCardNumber;
    }

    public String getReceivedOn() {
        return receivedOn;
    }

    public String getOrigin() {
        return origin;
    }

    public String getOrganizationId() {
        return organizationId;
    }

    public String getDegree() {
        return degree;
    }

    public String getPoliticalTheory() {
        return politicalTheory;
    }

    public String getJobTitle() {
        return jobTitle;
    }
}
