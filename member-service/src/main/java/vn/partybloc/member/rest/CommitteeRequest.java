package vn.partybloc.member.rest;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.member.domain.CommitteeBatchService;
import vn.partybloc.member.domain.CommitteeKind;

@Schema(name = "CommitteeRequest", description = "A committee of an organization for one term.", example = """
                {
                  "organizationId": "c41d7e92-5f6b-4a3c-8d2e-1b9a0f7c6e32",
                  "kind": "CELL_COMMITTEE",
                  "termStartYear": 2025,
                  "termEndYear": 2030
                }""")
public record CommitteeRequest(
        @Schema(description = "The organization.") @NotNull UUID organizationId,

        @Schema(description = "Kind; must suit the organization (domain rules 4–6).") @NotNull
        CommitteeKind kind,

        @Schema(description = "First year of the term.", example = "2025", minimum = "1930", maximum = "2200")
        @NotNull
        @Min(1930)
        @Max(2200)
        Integer termStartYear,

        @Schema(description = "Last year of the term.", example = "2030", minimum = "1930", maximum = "2200")
        @NotNull
        @Min(1930)
        @Max(2200)
        Integer termEndYear) {

    public CommitteeBatchService.NewCommittee toDomain() {
        return new CommitteeBatchService.NewCommittee(organizationId, kind, termStartYear, termEndYear);
    }

    @AssertTrue(message = "{vn.partybloc.member.committee.term-years}")
    @Schema(hidden = true)
    public boolean isOrdered() {
        return termStartYear == null || termEndYear == null || termEndYear > termStartYear;
    }
}
