package vn.partybloc.training.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.training.domain.Award;

@Schema(name = "ContestAwardsRequest", description = "Awards given to participants.", example = """
                {
                  "awards": [
                    {
                      "memberId": "5a8c3d21-9e4f-4b6a-8c7d-2e1f0a9b8c61",
                      "award": "FIRST"
                    },
                    {
                      "memberId": "6b9d4e32-af50-4c7b-9d8e-3f2a1b0c9d72",
                      "award": "SECOND"
                    }
                  ]
                }""")
public record ContestAwardsRequest(
        @Schema(description = "One item per awarded participant.", maxItems = 1000) @NotEmpty @Size(max = 1000)
        List<@NotNull @Valid Item> awards) {

    @AssertTrue(message = "{vn.partybloc.training.awards.unique}")
    @Schema(hidden = true)
    public boolean isDistinct() {
        return awards == null
                || awards.stream()
                                .filter(Objects::nonNull)
                                .map(Item::memberId)
                                .distinct()
                                .count()
                        == awards.stream().filter(Objects::nonNull).count();
    }

    @Schema(name = "ContestAward", description = "An award to a participant.")
    public record Item(
            @Schema(description = "The participant (member id).") @NotNull
            UUID memberId,

            @Schema(description = "The award.") @NotNull Award award) {}
}
