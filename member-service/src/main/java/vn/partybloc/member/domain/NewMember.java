package vn.partybloc.member.domain;

import java.time.LocalDate;
import java.util.UUID;

/** The fields of a member as an organization department records them. */
public record NewMember(
        String fullName,
        String birthName,
        LocalDate dateOfBirth,
        Gender gender,
        String ethnicity,
        String religion,
        String hometown,
        String nationalId,
        String partyCardNumber,
        String dossierNumber,
        LocalDate admittedOn,
        LocalDate fullMemberSince,
        UUID organizationId,
        String generalEducation,
        Degree degree,
        AcademicTitle academicTitle,
        PoliticalTheory politicalTheory,
        String stateManagement,
        String foreignLanguage,
        String itSkill,
        String jobTitle,
        boolean headsHostUnit) {

    public NewMember withFullMemberSince(LocalDate date) {
        return new NewMember(
                fullName,
                birthName,
                dateOfBirth,
                gender,
                ethnicity,
                religion,
                hometown,
                nationalId,
                partyCardNumber,
                dossierNumber,
                admittedOn,
                date,
                organizationId,
                generalEducation,
                degree,
                academicTitle,
                politicalTheory,
                stateManagement,
                foreignLanguage,
                itSkill,
                jobTitle,
                headsHostUnit);
    }
}
