package vn.partybloc.evaluation.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.evaluation.domain.DisciplineBody;
import vn.partybloc.evaluation.domain.DisciplineCaseBase;
import vn.partybloc.evaluation.domain.DisciplineCategory;
import vn.partybloc.platform.validation.PlainText;
import vn.partybloc.platform.validation.Text;

@Schema(
        name = "OrganizationDisciplineCaseRequest",
        description = "A discipline case opened against a party organization.",
        example = """
                {
                  "organizationId": "47ca6cc6-d45f-4e64-abf0-b3935ac9e5e8",
                  "violation": "Buông lỏng lãnh đạo, để nhiều đảng viên vi phạm quy định về những điều đảng viên không được làm.",
                  "category": "PARTY_ACTIVITIES",
                  "violatedOn": "2024-03-15",
                  "bodyKind": "STANDING_COMMITTEE",
                  "bodyOrganizationId": "2664a160-326c-476d-9570-9035007cb003",
                  "openedOn": "2024-06-03"
                }""")
public record OrganizationDisciplineCaseRequest(
        @Schema(description = "The organization, active in the register.") @NotNull
        UUID organizationId,

        @Schema(description = "The violation (free text: it stays in the API).", maxLength = 4000)
        @NotBlank
        @Size(max = 4000)
        @PlainText.Multiline
        String violation,

        @Schema(description = "Category of the violation.") @NotNull
        DisciplineCategory category,

        @Schema(description = "When the violation happened (or began).") @NotNull
        LocalDate violatedOn,

        @Schema(description = "The body that handles the case: a standing or inspection committee, never a cell.")
        @NotNull
        DisciplineBody bodyKind,

        @Schema(
                description = "The organization whose body it is: for `STANDING_COMMITTEE` one above the subject, for "
                        + "`INSPECTION_COMMITTEE` one above the committee the subject is under (`DIS-BODY`).")
        @NotNull
        UUID bodyOrganizationId,

        @Schema(description = "When the body took the case up.") @NotNull
        LocalDate openedOn) {

    DisciplineCaseBase.Opening opening() {
        return new DisciplineCaseBase.Opening(
                organizationId, Text.nfc(violation), category, violatedOn, bodyKind, bodyOrganizationId, openedOn);
    }
}
