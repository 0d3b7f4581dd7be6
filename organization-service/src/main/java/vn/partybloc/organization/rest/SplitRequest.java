package vn.partybloc.organization.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "SplitRequest",
        description = "Split (chia tách) an organization without active children into several new ones "
                + "under the same parent. `parentId` and `type` of the new ones default to the source's.",
        example = """
                {
                  "into": [
                    {
                      "code": "DHDT-CB1",
                      "name": "Chi bộ Khoa Sư phạm 1"
                    },
                    {
                      "code": "DHDT-CB2",
                      "name": "Chi bộ Khoa Sư phạm 2"
                    }
                  ],
                  "decision": {
                    "number": "160-QĐ/ĐU",
                    "date": "2024-10-01"
                  }
                }""")
public record SplitRequest(
        @Schema(description = "The organizations that result, at least two.") @NotNull @Size(min = 2, max = 50)
        List<@NotNull @Valid SplitPartRequest> into,

        @Schema(description = "The decision.") @NotNull @Valid
        DecisionRequest decision) {}
