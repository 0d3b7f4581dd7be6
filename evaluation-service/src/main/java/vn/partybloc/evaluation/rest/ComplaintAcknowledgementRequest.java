package vn.partybloc.evaluation.rest;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ComplaintAcknowledgementRequest",
        description = "The complaint is taken up (thụ lý) by the committee it is assigned to.",
        example = """
                {"acknowledgedOn": "2024-08-12"}""")
public record ComplaintAcknowledgementRequest(
        @Schema(description = "When it was taken up, not before it was received (`CMP-FLOW`).") @NotNull
        LocalDate acknowledgedOn) {}
