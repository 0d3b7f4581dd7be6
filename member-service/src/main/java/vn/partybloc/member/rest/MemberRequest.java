package vn.partybloc.member.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.member.domain.AcademicTitle;
import vn.partybloc.member.domain.Degree;
import vn.partybloc.member.domain.Entry;
import vn.partybloc.member.domain.Gender;
import vn.partybloc.member.domain.NewMember;
import vn.partybloc.member.domain.PoliticalTheory;
import vn.partybloc.platform.validation.PlainText;
import vn.partybloc.platform.validation.Text;
import vn.partybloc.platform.web.ProblemException;

@Schema(
        name = "MemberRequest",
        description = "A party member to admit (kết nạp) or receive from outside the Bloc.",
        example = """
                {
                  "fullName": "Nguyễn Văn An",
                  "dateOfBirth": "1985-04-12",
                  "gender": "MALE",
                  "ethnicity": "Kinh",
                  "religion": "Không",
                  "hometown": "Xã Mỹ Trà, thành phố Cao Lãnh, tỉnh Đồng Tháp",
                  "nationalId": "087085001234",
                  "partyCardNumber": "87012345",
                  "admittedOn": "2010-05-19",
                  "fullMemberSince": "2011-05-19",
                  "organizationId": "c41d7e92-5f6b-4a3c-8d2e-1b9a0f7c6e32",
                  "generalEducation": "12/12",
                  "degree": "MASTER",
                  "politicalTheory": "INTERMEDIATE",
                  "foreignLanguage": "Tiếng Anh B1",
                  "jobTitle": "Giảng viên",
                  "headsHostUnit": false,
                  "decisionNumber": "45-QĐ/ĐU"
                }""")
public record MemberRequest(
        @Schema(description = "Full name as on the ID card, Unicode NFC.", example = "Nguyễn Văn An", maxLength = 200)
        @NotBlank
        @Size(max = 200)
        @PlainText
        String fullName,

        @Schema(description = "Birth name, if different.", maxLength = 200) @Size(max = 200) @PlainText
        String birthName,

        @Schema(description = "Date of birth.", example = "1985-04-12") @NotNull @Past
        LocalDate dateOfBirth,

        @Schema(description = "Gender.") @NotNull Gender gender,

        @Schema(description = "Ethnicity (dân tộc).", example = "Kinh", maxLength = 60) @Size(max = 60) @PlainText
        String ethnicity,

        @Schema(description = "Religion (tôn giáo).", maxLength = 60) @Size(max = 60) @PlainText
        String religion,

        @Schema(description = "Hometown (quê quán).", maxLength = 300) @Size(max = 300) @PlainText
        String hometown,

        @Schema(
                description =
                        "12-digit personal id (CCCD). Sensitive: shown only to admin, organizer and identity-reader.",
                example = "087085001234",
                maxLength = 12)
        @NotNull
        @Size(max = 12)
        String nationalId,

        @Schema(description = "Party card number.", maxLength = 32) @Size(max = 32) @PlainText
        String partyCardNumber,

        @Schema(description = "Dossier number (số lý lịch).", maxLength = 32) @Size(max = 32) @PlainText
        String dossierNumber,

        @Schema(description = "Date admitted to the Party.", example = "2010-05-19") @NotNull @PastOrPresent
        LocalDate admittedOn,

        @Schema(description = "Date recognised as full member; absent for a probationary member.") @PastOrPresent
        LocalDate fullMemberSince,

        @Schema(description = "The member's cell.") @NotNull UUID organizationId,

        @Schema(description = "General education, e.g. 12/12.", example = "12/12", maxLength = 8)
        @Size(max = 8)
        @Pattern(regexp = "^[0-9/]*$", message = "{vn.partybloc.member.party-card-digits}")
        String generalEducation,

        @Schema(description = "Professional qualification.") Degree degree,
        @Schema(description = "Academic title.") AcademicTitle academicTitle,
        @Schema(description = "Political theory level.") PoliticalTheory politicalTheory,

        @Schema(description = "State management training, e.g. chuyên viên chính.", maxLength = 40)
        @Size(max = 40)
        @PlainText
        String stateManagement,

        @Schema(description = "Foreign language.", maxLength = 60) @Size(max = 60) @PlainText
        String foreignLanguage,

        @Schema(description = "IT skill.", maxLength = 60) @Size(max = 60) @PlainText
        String itSkill,

        @Schema(description = "Job title at the host unit.", maxLength = 200) @Size(max = 200) @PlainText
        String jobTitle,

        @Schema(description = "True when the member heads the host unit.")
        Boolean headsHostUnit,

        @Schema(description = "Number of the admission (or receiving) decision.", maxLength = 64)
        @Size(max = 64)
        @PlainText
        String decisionNumber,

        @Schema(description = "How the member comes onto the register; ADMITTED when absent.")
        MemberEntry entry,

        @Schema(
                description = "For TRANSFERRED_IN: the day the receiving decision takes effect, the date of the "
                        + "member's TRANSFERRED_IN change. Not before `admittedOn`.")
        @PastOrPresent
        LocalDate receivedOn,

        @Schema(
                description = "For TRANSFERRED_IN: the party organization the member comes from.",
                example = "Đảng bộ Tổng công ty Điện lực miền Nam",
                maxLength = 300)
        @Size(max = 300)
        @PlainText
        String origin) {

    /** How the member comes in; a transfer in without its date or origin is refused field by field. */
    Entry toEntry() {
        if (entry != MemberEntry.TRANSFERRED_IN) {
            if (receivedOn != null || origin != null) {
                throw ProblemException.invalid(
                        receivedOn != null ? "receivedOn" : "origin", "member.transfer-fields-without-transfer");
            }
            return Entry.admission(admittedOn);
        }
        if (receivedOn == null) {
            throw ProblemException.invalid("receivedOn", "member.transfer-in-needs", "receivedOn");
        }
        if (origin == null || origin.isBlank()) {
            throw ProblemException.invalid("origin", "member.transfer-in-needs", "origin");
        }
        return Entry.transferIn(receivedOn, Text.nfc(origin));
    }

    NewMember toDomain() {
        return new NewMember(
                Text.nfc(fullName),
                Text.nfc(birthName),
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
                organizationId,
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
