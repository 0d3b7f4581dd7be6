package vn.partybloc.member.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.member.domain.VettingPurpose;
import vn.partybloc.platform.validation.PlainText;

@Schema(name = "VettingRequest", description = "A political-vetting conclusion about a member.", example = """
                {
                  "purpose": "PLANNING",
                  "conclusion": "Đủ tiêu chuẩn chính trị để đưa vào quy hoạch.",
                  "concludedOn": "2025-02-14",
                  "decisionNumber": "05-KL/ĐU"
                }""")
public record VettingRequest(
        @Schema(description = "Why the check was made.") @NotNull
        VettingPurpose purpose,

        @Schema(description = "The conclusion, as written.", maxLength = 4000)
        @NotBlank
        @Size(max = 4000)
        @Pattern(regexp = "^[^\\u0000]*$", message = "{vn.partybloc.member.no-nul}")
        @PlainText.MultilineVisible
        String conclusion,

        @Schema(description = "Date of the conclusion.") @NotNull @PastOrPresent
        LocalDate concludedOn,

        @Schema(description = "Number of the document.", maxLength = 64) @Size(max = 64) @PlainText
        String decisionNumber) {}
