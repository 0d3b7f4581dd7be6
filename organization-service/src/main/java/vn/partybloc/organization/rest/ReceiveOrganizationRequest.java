package vn.partybloc.organization.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.platform.validation.PlainText;

@Schema(
        name = "ReceiveOrganizationRequest",
        description = "Receive (tiếp nhận) an organization from a superior outside the Bloc.")
public record ReceiveOrganizationRequest(
        @Schema(description = "The organization received.") @NotNull @Valid
        NewOrganizationRequest organization,

        @Schema(
                description = "The superior it comes from.",
                example = "Đảng bộ Khối Cơ quan tỉnh (cũ)",
                maxLength = 300)
        @NotBlank
        @Size(max = 300)
        @PlainText
        String origin,

        @Schema(description = "The decision.") @NotNull @Valid
        DecisionRequest decision) {}
