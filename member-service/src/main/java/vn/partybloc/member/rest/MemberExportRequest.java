package vn.partybloc.member.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.member.domain.MemberStatus;
import vn.partybloc.platform.web.PageRequest;

@Schema(
        name = "MemberExportRequest",
        description = "Which members to export; an empty object exports all you may read.",
        example = """
                {
                  "organizationId": "7b2e4c1a-9d3f-4e5a-8b6c-1d2e3f4a5b6c",
                  "asOf": "2023-06-30",
                  "statuses": ["ACTIVE", "EXEMPT"]
                }""")
public record MemberExportRequest(
        @Schema(description = "Only the members of this organization's subtree.")
        UUID organizationId,

        @Schema(
                description =
                        "The register as it stood at the end of this day (as `asOf` on the list); today's if absent.")
        LocalDate asOf,

        @Schema(description = "Only these statuses; every status if absent.") @Size(max = PageRequest.MAX_FILTER_VALUES)
        List<@NotNull MemberStatus> statuses) {}
