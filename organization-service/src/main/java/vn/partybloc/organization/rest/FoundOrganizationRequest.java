package vn.partybloc.organization.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "FoundOrganizationRequest",
        description = "Found (thành lập) an organization by a decision.",
        example = """
                {
                  "organization": {
                    "code": "DHDT",
                    "name": "Đảng bộ Trường Đại học Đồng Tháp",
                    "type": "GRASSROOTS_COMMITTEE",
                    "parentId": "3f6c2a1e-8b4d-4c7a-9e21-5d0b7a4c1f10",
                    "hostUnit": {
                      "name": "Trường Đại học Đồng Tháp",
                      "kind": "PUBLIC_SERVICE_UNIT"
                    },
                    "foundedOn": "2023-04-01",
                    "meetsOnline": false
                  },
                  "decision": {
                    "number": "124-QĐ/ĐUK",
                    "date": "2023-03-15",
                    "effectiveDate": "2023-04-01"
                  }
                }""")
public record FoundOrganizationRequest(
        @Schema(description = "The organization to found.") @NotNull @Valid
        NewOrganizationRequest organization,

        @Schema(description = "The founding decision.") @NotNull @Valid
        DecisionRequest decision) {}
