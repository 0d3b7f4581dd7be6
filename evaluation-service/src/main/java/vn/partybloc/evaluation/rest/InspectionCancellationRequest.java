package vn.partybloc.evaluation.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.platform.validation.PlainText;

@Schema(name = "InspectionCancellationRequest", description = "Why a planned item is not carried out.")
public record InspectionCancellationRequest(
        @Schema(description = "Reason.", maxLength = 2000) @NotBlank @Size(max = 2000) @PlainText.Multiline
        String reason) {}
