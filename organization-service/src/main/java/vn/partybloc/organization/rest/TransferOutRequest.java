package vn.partybloc.organization.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.platform.validation.PlainText;

@Schema(
        name = "TransferOutRequest",
        description = "Hand the organization, with its subtree, to a superior outside the Bloc (chuyển giao).",
        example = """
                {
                  "destination": "Đảng bộ Công an tỉnh",
                  "decision": {
                    "number": "140-QĐ/ĐUK",
                    "date": "2024-06-10",
                    "effectiveDate": "2024-07-01"
                  }
                }""")
public record TransferOutRequest(
        @Schema(
                description = "The superior outside the Bloc that receives it.",
                example = "Đảng bộ Công an tỉnh",
                maxLength = 300)
        @NotBlank
        @Size(max = 300)
        @PlainText
        String destination,

        @Schema(description = "The decision.") @NotNull @Valid
        DecisionRequest decision) {}
