package vn.partybloc.organization.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "DissolutionRequest",
        description = "Dissolve (giải thể) an organization that has no active children.",
        example = """
                {
                  "decision": {
                    "number": "152-QĐ/ĐU",
                    "date": "2024-09-02",
                    "effectiveDate": "2024-09-15"
                  }
                }""")
public record DissolutionRequest(
        @Schema(description = "The decision.") @NotNull @Valid
        DecisionRequest decision) {}
