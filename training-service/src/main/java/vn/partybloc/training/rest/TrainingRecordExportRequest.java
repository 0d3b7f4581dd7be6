package vn.partybloc.training.rest;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "TrainingRecordExportRequest",
        description = "Whose training records to export; an empty object exports every record you may read.",
        example = """
                {
                  "organizationId": "7b2e4c1a-9d3f-4e5a-8b6c-1d2e3f4a5b6c"
                }""")
public record TrainingRecordExportRequest(
        @Schema(description = "Only the members whose cell is in this organization's subtree.")
        UUID organizationId) {}
