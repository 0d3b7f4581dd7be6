package vn.partybloc.member.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.member.domain.AcademicTitle;
import vn.partybloc.member.domain.Degree;
import vn.partybloc.member.domain.Gender;
import vn.partybloc.member.domain.NewMember;
import vn.partybloc.member.domain.PoliticalTheory;
import vn.partybloc.platform.validation.PlainText;
import vn.partybloc.platform.validation.Text;

@Schema(
        name = "MemberDetailsRequest",
        description = "Replaces a member's personal and qualification fields. Cell, admission and "
                + "membership changes have their own commands; the national id is fixed once recorded.",
        example = """
                {
                  "fullName": "Nguyễn Văn An",
                  "dateOfBirth": "1985-04-12",
                  "gender": "MALE",
                  "ethnicity": "Kinh",
                  "hometown": "Xã Mỹ Trà, thành phố Cao Lãnh, tỉnh Đồng Tháp",
                  "generalEducation": "12/12",
                  "degree": "DOCTOR",
                  "politicalTheory": "ADVANCED",
                  "jobTitle": "Trưởng khoa",
                  "headsHostUnit": false
                }""")
public record MemberDetailsRequest(
        @Schema(description = "Full name.", maxLength = 200) @NotBlank @Size(max = 200) @PlainText
        String fullName,

        @Schema(description = "Birth name.", maxLength = 200) @Size(max = 200) @PlainText
        String birthName,

        @Schema(description = "Date of birth.") @NotNull @Past
        LocalDate dateOfBirth,

        @Schema(description = "Gender.") @NotNull Gender gender,

        @Schema(description = "Ethnicity.", maxLength = 60) @Size(max = 60) @PlainText
        String ethnicity,

        @Schema(description = "Religion.", maxLength = 60) @Size(max = 60) @PlainText
        String religion,

        @Schema(description = "Hometown.", maxLength = 300) @Size(max = 300) @PlainText
        String hometown,

        @Schema(description = "Party card number.", maxLength = 32) @Size(max = 32) @PlainText
        String partyCardNumber,

        @Schema(description = "Dossier number.", maxLength = 32) @Size(max = 32) @PlainText
        String dossierNumber,

        @Schema(description = "General education.", maxLength = 8)
        @Size(max = 8)
        @Pattern(regexp = "^[0-9/]*$", message = "{vn.partybloc.member.party-card-digits}")
        String generalEducation,

        @Schema(description = "Professional qualification.") Degree degree,
        @Schema(description = "Academic title.") AcademicTitle academicTitle,
        @Schema(description = "Political theory level.") PoliticalTheory politicalTheory,

        @Schema(description = "State management training.", maxLength = 40) @Size(max = 40) @PlainText
        String stateManagement,

        @Schema(description = "Foreign language.", maxLength = 60) @Size(max = 60) @PlainText
        String foreignLanguage,

        @Schema(description = "IT skill.", maxLength = 60) @Size(max = 60) @PlainText
        String itSkill,

        @Schema(description = "Job title at the host unit.", maxLength = 200) @Size(max = 200) @PlainText
        String jobTitle,

        @Schema(description = "True when the member heads the host unit.")
        Boolean headsHostUnit) {

    NewMember toDomain() {
        return new NewMember(
                Text.nfc(fullName),
                Text.nfc(birthName),
                dateOfBirth,
                gender,
                ethnicity,
                religion,
                hometown,
                null,
                partyCardNumber,
                dossierNumber,
                null,
                null,
                null,
                generalEducation,
                degree,
                academicTitle,
                politicalTheory,
                stateManagement,
                foreignLanguage,
                itSkill,
                jobTitle,
                Boolean.TRUE.equals(headsHostUnit));
    }
}
