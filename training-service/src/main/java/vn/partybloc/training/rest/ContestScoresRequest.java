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
        description = "Scores of registered participants in one round; recording one again replaces it.",
        example = """
                {
                  "roundId": "2f3a4b5c-6d7e-4f80-9bac-1d2e3f4a5b16",
                  "scores": [
                    {
                      "memberId": "5a8c3d21-9e4f-4b6a-8c7d-2e1f0a9b8c61",
                      "score": 92.5
                    },
                    {
                      "memberId": "6b9d4e32-af50-4c7b-9d8e-3f2a1b0c9d72",
                      "score": 87
                    }
                  ]
                }""")
public record ContestScoresRequest(
        @Schema(description = "The round.") @NotNull UUID roundId,

        @Schema(description = "One item per participant.", maxItems = 1000) @NotEmpty @Size(max = 1000)
        List<@NotNull @Valid Score> scores) {

    @AssertTrue(message = "{vn.partybloc.training.scores.unique}")
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
