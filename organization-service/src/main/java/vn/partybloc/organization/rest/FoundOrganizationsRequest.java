package vn.partybloc.organization.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.organization.domain.FoundingBatchService;

@Schema(
        name = "FoundOrganizationsRequest",
        description = "Many organizations to found, each by its own decision, recorded all or nothing.",
        example = """
                {
                  "items": [
                    {
                      "organization": {
                        "code": "DHDT-CB1",
                        "name": "Chi bộ Khoa Sư phạm",
                        "type": "SUBORDINATE_CELL",
                        "parentId": "3f6c2a1e-8b4d-4c7a-9e21-5d0b7a4c1f10",
                        "hostUnit": {"name": "Khoa Sư phạm", "kind": "PUBLIC_SERVICE_UNIT"}
                      },
                      "decision": {"number": "12-QĐ/ĐU", "date": "2023-03-15", "effectiveDate": "2023-04-01"}
                    },
                    {
                      "organization": {
                        "code": "DHDT-CB2",
                        "name": "Chi bộ Khoa Kinh tế",
                        "type": "SUBORDINATE_CELL",
                        "parentId": "3f6c2a1e-8b4d-4c7a-9e21-5d0b7a4c1f10",
                        "hostUnit": {"name": "Khoa Kinh tế", "kind": "PUBLIC_SERVICE_UNIT"}
                      },
                      "decision": {"number": "13-QĐ/ĐU", "date": "2023-03-15", "effectiveDate": "2023-04-01"}
                    }
                  ]
                }""")
public record FoundOrganizationsRequest(
        @Schema(description = "The foundings, 1 to 1,000, each under a parent that exists before the batch.")
        @NotEmpty
        @Size(max = FoundingBatchService.MAX_ITEMS)
        List<@NotNull @Valid FoundOrganizationRequest> items) {}
