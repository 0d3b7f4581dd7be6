package vn.partybloc.training.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.platform.validation.PlainText;

@Schema(name = "ContestRoundRequest", description = "A round of a contest.", example = """
                {
                  "sequence": 1,
                  "name": "Vòng sơ khảo",
                  "heldOn": "2022-10-15"
                }""")
public record ContestRoundRequest(
        @Schema(description = "Order of the round, from 1.", example = "1", minimum = "1", maximum = "20")
        @NotNull
        @Min(1)
        @Max(20)
        Integer sequence,

        @Schema(description = "Name, e.g. Vòng sơ khảo.", example = "Vòng chung khảo", maxLength = 200)
        @NotBlank
        @Size(max = 200)
        @PlainText
        String name,

        @Schema(description = "Day it was held.", example = "2022-10-15") @NotNull
        LocalDate heldOn) {}
