package vn.partybloc.training.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ContestScoresRequest",
        description = "Scores of registered participants in one round; recording one again replaces it.")
public record ContestScoresRequest(
        @Schema(description = "The round.") @NotNull UUID roundId,

        @Schema(description = "One item per participant.", maxItems = 1000) @NotEmpty @Size(max = 1000)
        List<@NotNull @Valid Score> scores) {

    @AssertTrue(message = "scores lists a member twice")
    @Schema(hidden = true)
    public boolean isDistinct() {
        return scores == null
                || scores.stream()
                                .filter(Objects::nonNull)
                                .map(Score::memberId)
                                .distinct()
                                .count()
                        == scores.stream().filter(Objects::nonNull).count();
    }

    @Schema(name = "ContestScore", description = "A participant's score in a round.")
    public record Score(
            @Schema(description = "The participant (member id).") @NotNull
            UUID memberId,

            @Schema(description = "Score, 0 to 100, two decimals.", example = "92.5", minimum = "0", maximum = "100")
            @NotNull
            @DecimalMin("0")
            @DecimalMax("100")
            @Digits(integer = 3, fraction = 2)
            BigDecimal score) {}
}
