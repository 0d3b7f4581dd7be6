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
                        + "one founded by the same decision (hợp nhất, give `newTarget`). The sources' active children move under the target.")
public record MergeRequest(
        @Schema(description = "The organizations merged away.") @NotNull @Size(min = 1, max = 50)
        List<@NotNull UUID> sourceIds,

        @Schema(description = "Existing organization receiving the merge.")
        UUID targetId,

        @Schema(description = "New organization founded by the merge.") @Valid
        NewOrganizationRequest newTarget,

        @Schema(description = "The decision.") @NotNull @Valid
        DecisionRequest decision) {

    @AssertTrue(message = "give exactly one of targetId and newTarget")
    @Schema(hidden = true)
    public boolean isTargetGivenOnce() {
        return (targetId == null) != (newTarget == null);
    }
}
