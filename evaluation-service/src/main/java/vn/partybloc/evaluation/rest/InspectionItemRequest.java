package vn.partybloc.evaluation.rest;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.evaluation.domain.InspectionKind;
import vn.partybloc.evaluation.domain.InspectionService;
import vn.partybloc.evaluation.domain.InspectionSubjectKind;
import vn.partybloc.platform.validation.PlainText;
import vn.partybloc.platform.validation.Text;

@Schema(name = "InspectionItemRequest", description = "One planned inspection or supervision.", example = """
                {
                  "kind": "ROUTINE",
                  "subjectKind": "COMMITTEE_MEMBER",
                  "subjectId": "5a8c3d21-9e4f-4b6a-8c7d-2e1f0a9b8c61",
                  "content": "Giám sát việc thực hiện chức trách, nhiệm vụ được giao",
                  "plannedFrom": "2024-06-01",
                  "plannedTo": "2024-07-31"
                }""")
public record InspectionItemRequest(
        @Schema(description = "ROUTINE (thường xuyên) or THEMATIC (chuyên đề).") @NotNull
        InspectionKind kind,

        @Schema(description = "ORGANIZATION or COMMITTEE_MEMBER.") @NotNull
        InspectionSubjectKind subjectKind,

        @Schema(description = "The organization or the member.") @NotNull
        UUID subjectId,

        @Schema(description = "Content.", maxLength = 2000) @NotBlank @Size(max = 2000) @PlainText.Multiline
        String content,

        @Schema(description = "Planned start.", example = "2024-03-01") @NotNull
        LocalDate plannedFrom,

        @Schema(description = "Planned end.", example = "2024-04-30") @NotNull
        LocalDate plannedTo) {

    @AssertTrue(message = "{vn.partybloc.evaluation.inspection.planned-dates}")
    @Schema(hidden = true)
    public boolean isOrdered() {
        return plannedFrom == null || plannedTo == null || !plannedTo.isBefore(plannedFrom);
    }

    InspectionService.NewItem toDomain() {
        return new InspectionService.NewItem(kind, subjectKind, subjectId, Text.nfc(content), plannedFrom, plannedTo);
    }
}
