package vn.partybloc.training.rest;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.platform.validation.PlainText;
import vn.partybloc.training.domain.ContestKind;

@Schema(name = "ContestRequest", description = "A contest to announce.", example = """
                {
                  "title": "Hội thi Bí thư chi bộ giỏi năm 2022",
                  "kind": "GOOD_CELL_SECRETARY",
                  "organizationId": "3f6c2a1e-8b4d-4c7a-9e21-5d0b7a4c1f10",
                  "year": 2022
                }""")
public record ContestRequest(
        @Schema(description = "Title, Unicode NFC.", example = "Hội thi Bí thư chi bộ giỏi năm 2022", maxLength = 300)
        @NotBlank
        @Size(max = 300)
        @PlainText
        String title,

        @Schema(description = "Kind.") @NotNull ContestKind kind,

        @Schema(description = "The organizing organization.") @NotNull
        UUID organizationId,

        @Schema(description = "Year.", example = "2022", minimum = "1930", maximum = "2200")
        @NotNull
        @Min(1930)
        @Max(2200)
        Integer year) {}
