package vn.partybloc.member.rest;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.member.domain.Committee;
import vn.partybloc.member.domain.CommitteeKind;

@Schema(name = "Committee", description = "A committee of an organization for one term.")
public record CommitteeResponse(
        @Schema(description = "Id.") UUID id,
        @Schema(description = "The organization.") UUID organizationId,
        @Schema(description = "Kind.") CommitteeKind kind,
        @Schema(description = "First year of the term.") int termStartYear,
        @Schema(description = "Last year of the term.") int termEndYear,
        @Schema(description = "Version; also the ETag.") long version,
        @Schema(description = "When it was recorded.") Instant createdAt,
        @Schema(description = "Who recorded it.") String createdBy) {

    static CommitteeResponse from(Committee c) {
        return new CommitteeResponse(
                c.id, c.organizationId, c.kind, c.termStartYear, c.termEndYear, c.version, c.createdAt, c.createdBy);
    }
}
