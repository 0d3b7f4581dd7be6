package vn.partybloc.admin;

import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.AcademicTitle;
import vn.partybloc.client.model.Degree;
import vn.partybloc.client.model.Gender;
import vn.partybloc.client.model.Member;
import vn.partybloc.client.model.MemberDetailsRequest;
import vn.partybloc.client.model.PoliticalTheory;

/**
 * A member's personal and qualification details as a form's fields, named as the request's. The API replaces every
 * field at once, so the form carries them all, filled with what the member's record holds: a field the form left out
 * would be erased.
 */
public class MemberDetailsForm extends ChangeForm implements PersonalFields {

    @RestForm
    String fullName;

    @RestForm
    String birthName;

    @RestForm
    String dateOfBirth;

    @RestForm
    String gender;

    @RestForm
    String ethnicity;

    @RestForm
    String religion;

    @RestForm
    String hometown;

    @RestForm
    String partyCardNumber;

    @RestForm
    String dossierNumber;

    @RestForm
    String generalEducation;

    @RestForm
    String degree;

    @RestForm
    String academicTitle;

    @RestForm
    String politicalTheory;

    @RestForm
    String stateManagement;

    @RestForm
    String foreignLanguage;

    @RestForm
    String itSkill;

    @RestForm
    String jobTitle;

    @RestForm
    boolean headsHostUnit;

    /** The form showing {@code member} as recorded. */
    static MemberDetailsForm of(Member member) {
        MemberDetailsForm form = new MemberDetailsForm();
        form.show(member.getVersion());
        form.fullName = member.getFullName();
        form.birthName = member.getBirthName();
        form.dateOfBirth = text(member.getDateOfBirth());
        form.gender = text(member.getGender());
        form.ethnicity = member.getEthnicity();
        form.religion = member.getReligion();
        form.hometown = member.getHometown();
        form.partyCardNumber = member.getPartyCardNumber();
        form.dossierNumber = member.getDossierNumber();
        form.generalEducation = member.getGeneralEducation();
        form.degree = text(member.getDegree());
        form.academicTitle = text(member.getAcademicTitle());
        form.politicalTheory = text(member.getPoliticalTheory());
        form.stateManagement = member.getStateManagement();
        form.foreignLanguage = member.getForeignLanguage();
        form.itSkill = member.getItSkill();
        form.jobTitle = member.getJobTitle();
        form.headsHostUnit = Boolean.TRUE.equals(member.getHeadsHostUnit());
        return form;
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** The request; a field left empty is sent empty (the API clears it), one not a day or code is sent empty too. */
    MemberDetailsRequest request() {
        return new MemberDetailsRequest()
                .fullName(FormFields.text(fullName))
                .birthName(FormFields.text(birthName))
                .dateOfBirth(FormFields.day(dateOfBirth))
                .gender(FormFields.code(gender, Gender::fromValue))
                .ethnicity(FormFields.text(ethnicity))
                .religion(FormFields.text(religion))
                .hometown(FormFields.text(hometown))
                .partyCardNumber(FormFields.text(partyCardNumber))
                .dossierNumber(FormFields.text(dossierNumber))
                .generalEducation(FormFields.text(generalEducation))
                .degree(FormFields.code(degree, Degree::fromValue))
                .academicTitle(FormFields.code(academicTitle, AcademicTitle::fromValue))
                .politicalTheory(FormFields.code(politicalTheory, PoliticalTheory::fromValue))
                .stateManagement(FormFields.text(stateManagement))
                .foreignLanguage(FormFields.text(foreignLanguage))
                .itSkill(FormFields.text(itSkill))
                .jobTitle(FormFields.text(jobTitle))
                .headsHostUnit(headsHostUnit);
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

    public String getPartyCardNumber() {
        return partyCardNumber;
    }

    public String getDossierNumber() {
        return dossierNumber;
    }

    public String getGeneralEducation() {
        return generalEducation;
    }

    public String getDegree() {
        return degree;
    }

    public String getAcademicTitle() {
        return academicTitle;
    }

    public String getPoliticalTheory() {
        return politicalTheory;
    }

    public String getStateManagement() {
        return stateManagement;
    }

    public String getForeignLanguage() {
        return foreignLanguage;
    }

    public String getItSkill() {
        return itSkill;
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public boolean isHeadsHostUnit() {
        return headsHostUnit;
    }
}
