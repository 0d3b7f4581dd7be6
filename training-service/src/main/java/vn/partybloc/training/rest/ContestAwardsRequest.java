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

@Schema(name = "ContestAwardsRequest", description = "Awards given to participants.")
public record ContestAwardsRequest(
        @Schema(description = "One item per awarded participant.", maxItems = 1000) @NotEmpty @Size(max = 1000)
        List<@NotNull @Valid Item> awards) {

    @AssertTrue(message = "awards lists a member twice")
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
