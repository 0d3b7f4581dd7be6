package vn.partybloc.evaluation.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ReviewCycleRequest", description = "A yearly review cycle.", example = """
                {
                  "year": 2024,
                  "articleTargets": true
                }""")
public record ReviewCycleRequest(
        @Schema(description = "The year reviewed.", example = "2024", minimum = "2000", maximum = "2200")
        @NotNull
        @Min(2000)
        @Max(2200)
        Integer year,

        @Schema(description = "Start with the article's targets for the whole Bloc (default true).")
        Boolean articleTargets) {}
