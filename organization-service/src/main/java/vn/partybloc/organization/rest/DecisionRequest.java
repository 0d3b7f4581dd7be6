package vn.partybloc.organization.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.organization.domain.Decision;
import vn.partybloc.platform.validation.PlainText;

@Schema(name = "Decision", description = "The decision (quyết định) behind a structural change.")
public record DecisionRequest(
        @Schema(description = "Decision number as written on the document.", example = "124-QĐ/ĐUK", maxLength = 64)
        @NotBlank
        @Size(max = 64)
        @PlainText
        String number,

        @Schema(description = "Date the decision was signed.", example = "2023-03-15") @NotNull
        LocalDate date,

        @Schema(description = "Date the change takes effect; defaults to the decision date.", example = "2023-04-01")
        LocalDate effectiveDate) {

    Decision toDomain() {
        return new Decision(number.strip(), date, effectiveDate == null ? date : effectiveDate);
    }
}
