package vn.partybloc.member.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.platform.validation.PlainText;

@Schema(name = "RecognitionRequest", description = "Recognise a probationary member as a full member.", example = """
                {
                  "date": "2011-05-19",
                  "decisionNumber": "52-QĐ/ĐU"
                }""")
public record RecognitionRequest(
        @Schema(description = "Date of recognition.", example = "2011-05-19") @NotNull @PastOrPresent
        LocalDate date,

        @Schema(description = "Decision number.", maxLength = 64) @Size(max = 64) @PlainText
        String decisionNumber) {}
