package vn.partybloc.evaluation.rest;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.evaluation.domain.DisciplineAppealBase;
import vn.partybloc.evaluation.domain.DisciplineBody;

@Schema(
        name = "DisciplineAppealRequest",
        description = "The disciplined member's or organization's appeal against the decision in force on the case.",
        example = """
                {
                  "receivedOn": "2024-09-16",
                  "lodgedOn": "2024-10-07",
                  "bodyKind": "STANDING_COMMITTEE",
                  "bodyOrganizationId": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
                }""")
public record DisciplineAppealRequest(
        @Schema(
                description = "When the member or organization received the decision appealed against; the time to "
                        + "appeal runs from it. Default: the decision's date.")
        LocalDate receivedOn,

        @Schema(description = "When the appeal was lodged (`DIS-APPEAL-DEADLINE`).") @NotNull
        LocalDate lodgedOn,

        @Schema(description = "The body that resolves it: a standing or inspection committee (`DIS-APPEAL-BODY`).")
        @NotNull
        DisciplineBody bodyKind,

        @Schema(
                description = "That body's organization; absent for the province's committees above the Bloc, which "
                        + "resolve appeals against the Bloc's own decisions.")
        UUID bodyOrganizationId) {

    DisciplineAppealBase.Lodging lodging() {
        return new DisciplineAppealBase.Lodging(receivedOn, lodgedOn, bodyKind, bodyOrganizationId);
    }
}
