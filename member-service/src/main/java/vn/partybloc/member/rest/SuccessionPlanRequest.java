package vn.partybloc.member.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.member.domain.CommitteeKind;
import vn.partybloc.member.domain.PositionKind;

@Schema(
        name = "SuccessionPlanRequest",
        description = "A plan for one position of an organization's committee in a coming term.",
        example = """
                {
                  "organizationId": "9b2e4f61-2c3a-4d8e-b7f1-6a5c0d9e8b21",
                  "committeeKind": "EXECUTIVE_COMMITTEE",
                  "position": "SECRETARY",
                  "termStartYear": 2025,
                  "termEndYear": 2030
                }""")
public record SuccessionPlanRequest(
        @NotNull UUID organizationId,
        @NotNull CommitteeKind committeeKind,
        @NotNull PositionKind position,

        @Schema(example = "2025") @NotNull @Min(1930) @Max(2200)
        Integer termStartYear,

        @Schema(example = "2030") @NotNull @Min(1930) @Max(2200)
        Integer termEndYear) {}
