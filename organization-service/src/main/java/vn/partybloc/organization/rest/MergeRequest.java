package vn.partybloc.organization.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "MergeRequest",
        description =
                "Merge organizations: into an existing one (sáp nhập, give `targetId`) or into a new "
                        + "one founded by the same decision (hợp nhất, give `newTarget`). The sources' active children move under the target.",
        example = """
                {
                  "sourceIds": [
                    "c41d7e92-5f6b-4a3c-8d2e-1b9a0f7c6e32",
                    "d52e8fa3-6a7c-4b4d-9e3f-2c0b1a8d7f43"
                  ],
                  "newTarget": {
                    "code": "DHDT-CBSP",
                    "name": "Chi bộ Khoa Sư phạm",
                    "type": "SUBORDINATE_CELL",
                    "parentId": "9b2e4f61-2c3a-4d8e-b7f1-6a5c0d9e8b21"
                  },
                  "decision": {
                    "number": "130-QĐ/ĐU",
                    "date": "2024-02-20",
                    "effectiveDate": "2024-03-01"
                  }
                }""")
public record MergeRequest(
        @Schema(description = "The organizations merged away.") @NotNull @Size(min = 1, max = 50)
        List<@NotNull UUID> sourceIds,

        @Schema(description = "Existing organization receiving the merge.")
        UUID targetId,

        @Schema(description = "New organization founded by the merge.") @Valid
        NewOrganizationRequest newTarget,

        @Schema(description = "The decision.") @NotNull @Valid
        DecisionRequest decision) {

    @AssertTrue(message = "{vn.partybloc.organization.merge.one-target}")
    @Schema(hidden = true)
    public boolean isTargetGivenOnce() {
        return (targetId == null) != (newTarget == null);
    }
}
