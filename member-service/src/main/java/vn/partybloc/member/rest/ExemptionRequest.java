package vn.partybloc.member.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.platform.validation.PlainText;

@Schema(
        name = "ExemptionRequest",
        description = "A member is exempted from party activities and work (miễn sinh hoạt, công tác): they stay on "
                + "the register and in their cell, with status EXEMPT.",
        example = """
                {
                  "date": "2025-03-01",
                  "decisionNumber": "07-QĐ/CB",
                  "note": "Tuổi cao, sức khỏe yếu"
                }""")
public record ExemptionRequest(
        @Schema(description = "From this day.") @NotNull LocalDate date,

        @Schema(description = "Decision number.", maxLength = 64) @Size(max = 64) @PlainText
        String decisionNumber,

        @Schema(description = "The reason, e.g. age or health.", maxLength = 1000) @Size(max = 1000) @PlainText
        String note) {}
