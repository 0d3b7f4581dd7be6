package vn.partybloc.organization.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.platform.validation.PlainText;

@Schema(
        name = "ReceiveOrganizationRequest",
        description = "Receive (tiếp nhận) an organization from a superior outside the Bloc.",
        example = """
                {
                  "organization": {
                    "code": "CTYXD",
                    "name": "Đảng bộ Công ty Xây dựng tỉnh",
                    "type": "GRASSROOTS_COMMITTEE",
                    "parentId": "3f6c2a1e-8b4d-4c7a-9e21-5d0b7a4c1f10",
                    "hostUnit": {
                      "name": "Công ty Xây dựng tỉnh",
                      "kind": "STATE_ENTERPRISE"
                    }
                  },
                  "origin": "Đảng bộ Khối Cơ quan tỉnh (cũ)",
                  "decision": {
                    "number": "201-QĐ/TU",
                    "date": "2025-06-20",
                    "effectiveDate": "2025-07-01"
                  }
                }""")
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
