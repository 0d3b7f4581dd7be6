package vn.partybloc.member.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.member.domain.CommitteeBatchService;

@Schema(
        name = "FormCommitteesRequest",
        description = "Committees of organizations for their terms, formed all or nothing.",
        example = """
                {
                  "items": [
                    {
                      "organizationId": "c41d7e92-5f6b-4a3c-8d2e-1b9a0f7c6e32",
                      "kind": "EXECUTIVE_COMMITTEE",
                      "termStartYear": 2025,
                      "termEndYear": 2030
                    },
                    {
                      "organizationId": "c41d7e92-5f6b-4a3c-8d2e-1b9a0f7c6e32",
                      "kind": "INSPECTION_COMMITTEE",
                      "termStartYear": 2025,
                      "termEndYear": 2030
                    }
                  ]
                }""")
public record FormCommitteesRequest(
        @Schema(description = "The committees, 1 to 1,000, each as `POST /committees` takes one.")
        @NotEmpty
        @Size(max = CommitteeBatchService.MAX_ITEMS)
        List<@NotNull @Valid CommitteeRequest> items) {}
