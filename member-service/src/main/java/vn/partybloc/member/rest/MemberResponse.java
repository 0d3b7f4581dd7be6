package vn.partybloc.member.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.member.domain.AcademicTitle;
import vn.partybloc.member.domain.Degree;
import vn.partybloc.member.domain.Gender;
import vn.partybloc.member.domain.Member;
import vn.partybloc.member.domain.MemberStatus;
import vn.partybloc.member.domain.MembershipKind;
import vn.partybloc.member.domain.PoliticalTheory;
import vn.partybloc.member.domain.Probation;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        name = "Member",
        description = "A party member. `nationalId` is present only for admin, organizer and identity-reader.")
public record MemberResponse(
        @Schema(description = "Id.") UUID id,
        @Schema(description = "Full name.") String fullName,
        @Schema(description = "Birth name.") String birthName,
        @Schema(description = "Date of birth.") LocalDate dateOfBirth,
        @Schema(description = "Gender.") Gender gender,
        @Schema(description = "Ethnicity.") String ethnicity,
        @Schema(description = "Religion.") String religion,
        @Schema(description = "Hometown.") String hometown,

        @Schema(description = "12-digit personal id; absent for roles not cleared for it.")
        String nationalId,

        @Schema(description = "Party card number.") String partyCardNumber,
        @Schema(description = "Dossier number.") String dossierNumber,
        @Schema(description = "Date admitted.") LocalDate admittedOn,

        @Schema(description = "Date recognised as full member.")
        LocalDate fullMemberSince,

        @Schema(description = "Full or probationary.") MembershipKind membershipKind,

        @Schema(
                description = "For a probationary member: the day their 12-month probation ends, when the cell is "
                        + "to decide on full membership.")
        LocalDate probationEndsOn,

        @Schema(description = "The member's cell.") UUID organizationId,
        @Schema(description = "Status.") MemberStatus status,
        @Schema(description = "General education.") String generalEducation,
        @Schema(description = "Professional qualification.") Degree degree,
        @Schema(description = "Academic title.") AcademicTitle academicTitle,
        @Schema(description = "Political theory level.") PoliticalTheory politicalTheory,
        @Schema(description = "State management training.") String stateManagement,
        @Schema(description = "Foreign language.") String foreignLanguage,
        @Schema(description = "IT skill.") String itSkill,

        @Schema(description = CODE + "state-management list; absent when the text names none.", example = "CHUYEN_VIEN")
        String stateManagementCode,

        @Schema(description = CODE + "foreign-language list; absent when the text names none.", example = "BAC_3")
        String foreignLanguageCode,

        @Schema(description = CODE + "IT list; absent when the text names none.", example = "CO_BAN")
        String itSkillCode,

        @Schema(description = "Job title at the host unit.") String jobTitle,
        @Schema(description = "Heads the host unit.") boolean headsHostUnit,
        @Schema(description = "Version; also the ETag.") long version,
        @Schema(description = "When it was recorded.") Instant createdAt,
        @Schema(description = "Who recorded it.") String createdBy,
        @Schema(description = "When it last changed.") Instant updatedAt,
        @Schema(description = "Who changed it last.") String updatedBy,

        @Schema(
                description =
                        "Checks that did not block the request, e.g. a nationalId that disagrees with gender or birth year.")
        List<String> warnings) {

    private static final String CODE =
            "The code of the level the recorded text names (`/api/v1/qualification-levels`) in the ";

    static MemberResponse from(Member m, boolean showNationalId, List<String> warnings) {
        return new MemberResponse(
                m.id,
                m.fullName,
                m.birthName,
                m.dateOfBirth,
                m.gender,
                m.ethnicity,
                m.religion,
                m.hometown,
                showNationalId ? m.nationalId : null,
                m.partyCardNumber,
                m.dossierNumber,
                m.admittedOn,
                m.fullMemberSince,
                m.membershipKind,
                m.membershipKind == MembershipKind.PROBATIONARY ? Probation.endsOn(m.admittedOn) : null,
                m.organizationId,
                m.status,
                m.generalEducation,
                m.degree,
                m.academicTitle,
                m.politicalTheory,
                m.stateManagement,
                m.foreignLanguage,
                m.itSkill,
                m.stateManagementCode,
                m.foreignLanguageCode,
                m.itSkillCode,
                m.jobTitle,
                m.headsHostUnit,
                m.version,
                m.createdAt,
                m.createdBy,
                m.updatedAt,
                m.updatedBy,
                warnings == null || warnings.isEmpty() ? null : warnings);
    }
}
