package vn.partybloc.launcher.demo;

import java.time.LocalDate;

/**
 * A party member as a row of member-service's CSV import says it, in the file's column order (the always empty
 * {@code birthName} left out). Fields documented as nullable are sent as empty cells.
 *
 * @param religion null when none
 * @param fullMemberSince null for a probationary member
 * @param cellCode the cell the member belongs to; the loader sends its id
 * @param academicTitle null when none
 * @param stateManagement null when none
 * @param receivedOn the day a member received from outside the Bloc came in with their organization (entry
 *     {@code TRANSFERRED_IN}); null for a member admitted in the Bloc
 * @param origin the party organization outside the Bloc a received member comes from; null when not received
 */
public record Member(
        String fullName,
        LocalDate dateOfBirth,
        String gender,
        String ethnicity,
        String religion,
        String hometown,
        String nationalId,
        String partyCardNumber,
        String dossierNumber,
        LocalDate admittedOn,
        LocalDate fullMemberSince,
        String cellCode,
        String generalEducation,
        String degree,
        String academicTitle,
        String politicalTheory,
        String stateManagement,
        String foreignLanguage,
        String itSkill,
        String jobTitle,
        boolean headsHostUnit,
        String decisionNumber,
        LocalDate receivedOn,
        String origin) {

    /** The same member in another cell: where they were before the history moved them. */
    public Member inCell(String code) {
        return new Member(
                fullName,
                dateOfBirth,
                gender,
                ethnicity,
                religion,
                hometown,
                nationalId,
                partyCardNumber,
                dossierNumber,
                admittedOn,
                fullMemberSince,
                code,
                generalEducation,
                degree,
                academicTitle,
                politicalTheory,
                stateManagement,
                foreignLanguage,
                itSkill,
                jobTitle,
                headsHostUnit,
                decisionNumber,
                receivedOn,
                origin);
    }

    public boolean isReceived() {
        return receivedOn != null;
    }

    public boolean isFullMemberOn(LocalDate day) {
        return fullMemberSince != null && !fullMemberSince.isAfter(day);
    }
}
