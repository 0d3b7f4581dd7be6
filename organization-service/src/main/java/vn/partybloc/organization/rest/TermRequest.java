package vn.partybloc.organization.rest;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.platform.validation.PlainText;

@Schema(name = "TermRequest", description = "A term of office (nhiệm kỳ), e.g. 2020–2025.", example = """
                {
                  "startYear": 2025,
                  "endYear": 2030,
                  "congressDate": "2025-06-20",
                  "decisionNumber": "210-QĐ/ĐUK"
                }""")
public record TermRequest(
        @Schema(description = "First year.", example = "2025", minimum = "1930", maximum = "2200")
        @NotNull
        @Min(1930)
        @Max(2200)
        Integer startYear,

        @Schema(description = "Last year; after the first.", example = "2030", minimum = "1930", maximum = "2200")
        @NotNull
        @Min(1930)
        @Max(2200)
        Integer endYear,

        @Schema(description = "Date of the congress that opened the term.", example = "2025-06-20")
        LocalDate congressDate,

        @Schema(description = "Number of the decision recognising the elected committee.", maxLength = 64)
        @Size(max = 64)
        @PlainText
        String decisionNumber) {

    @AssertTrue(message = "{vn.partybloc.organization.term.years}")
    @Schema(hidden = true)
    public boolean isOrdered() {
        return startYear == null || endYear == null || endYear > startYear;
    }
}
