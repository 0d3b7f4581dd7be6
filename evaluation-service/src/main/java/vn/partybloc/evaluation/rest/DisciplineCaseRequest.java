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

@Schema(name = "DisciplineCaseRequest", description = "A discipline case opened against a member.", example = """
                {
                  "memberId": "6b9d4e32-af50-4c7b-9d8e-3f2a1b0c9d72",
                  "violation": "Vi phạm quy định về những điều đảng viên không được làm khi thực hiện nhiệm vụ được giao.",
                  "category": "ASSIGNED_TASKS",
                  "violatedOn": "2024-03-15",
                  "bodyKind": "STANDING_COMMITTEE",
                  "bodyOrganizationId": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
                  "openedOn": "2024-06-03"
                }""")
public record DisciplineCaseRequest(
        @Schema(description = "The member, on the register.") @NotNull
        UUID memberId,

        @Schema(description = "The violation (free text about a person: it stays in the API).", maxLength = 4000)
        @NotBlank
        @Size(max = 4000)
        @PlainText.Multiline
        String violation,

        @Schema(description = "Category of the violation.") @NotNull
        DisciplineCategory category,

        @Schema(description = "When the violation happened (or began).") @NotNull
        LocalDate violatedOn,

        @Schema(description = "The body that handles the case.") @NotNull
        DisciplineBody bodyKind,

        @Schema(
                description = "The organization whose body it is: the member's own cell for `CELL`, an organization "
                        + "above the cell for a committee (`DIS-BODY`).")
        @NotNull
        UUID bodyOrganizationId,

        @Schema(description = "When the body took the case up.") @NotNull
        LocalDate openedOn) {

    DisciplineCaseBase.Opening opening() {
        return new DisciplineCaseBase.Opening(
                memberId, Text.nfc(violation), category, violatedOn, bodyKind, bodyOrganizationId, openedOn);
    }
}
