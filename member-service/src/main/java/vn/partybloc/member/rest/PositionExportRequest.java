package vn.partybloc.member.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.member.domain.CommitteeKind;
import vn.partybloc.member.domain.PositionKind;
import vn.partybloc.platform.web.PageRequest;

@Schema(
        name = "PositionExportRequest",
        description = "Which committee positions to export; an empty object exports every position held today that "
                + "you may read.",
        example = """
                {
                  "organizationId": "7b2e4c1a-9d3f-4e5a-8b6c-1d2e3f4a5b6c",
                  "committeeKinds": ["EXECUTIVE_COMMITTEE", "CELL_COMMITTEE"]
                }""")
public record PositionExportRequest(
        @Schema(description = "Only the committees of this organization's subtree.")
        UUID organizationId,

        @Schema(description = "The positions held at the end of this day; today's if absent.")
        LocalDate asOf,

        @Schema(description = "Only the committees of these kinds; every kind if absent.")
        @Size(max = PageRequest.MAX_FILTER_VALUES)
        List<@NotNull CommitteeKind> committeeKinds,

        @Schema(description = "Only these positions; every position if absent.")
        @Size(max = PageRequest.MAX_FILTER_VALUES)
        List<@NotNull PositionKind> positions) {}
