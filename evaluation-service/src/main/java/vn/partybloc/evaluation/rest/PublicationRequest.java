package vn.partybloc.evaluation.rest;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PublicationRequest", description = "Publication of a decided rating.", example = """
                {
                  "publishedOn": "2024-12-28"
                }""")
public record PublicationRequest(
        @Schema(description = "Date of publication.", example = "2024-12-28") @NotNull
        LocalDate publishedOn) {}
