package vn.partybloc.organization.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.platform.validation.PlainText;

@Schema(
        name = "TermUpdateRequest",
        description = "JSON merge patch of a term; absent fields stay as they are.",
        example = """
                {
                  "congressDate": "2025-06-21",
                  "decisionNumber": "211-QĐ/ĐUK"
                }""")
public record TermUpdateRequest(
        @Schema(description = "First year.", minimum = "1930", maximum = "2200") @Min(1930) @Max(2200)
        Integer startYear,

        @Schema(description = "Last year.", minimum = "1930", maximum = "2200") @Min(1930) @Max(2200)
        Integer endYear,

        @Schema(description = "Congress date.") LocalDate congressDate,

        @Schema(description = "Decision number.", maxLength = 64) @Size(max = 64) @PlainText
        String decisionNumber) {}
