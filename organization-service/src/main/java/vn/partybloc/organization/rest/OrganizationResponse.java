package vn.partybloc.organization.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.organization.domain.Organization;
import vn.partybloc.organization.domain.OrganizationRow;
import vn.partybloc.organization.domain.OrganizationStatus;
import vn.partybloc.organization.domain.OrganizationType;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        name = "Organization",
        description = "A party organization. Read as of a date (`asOf`), `version` and audit fields are absent.")
public record OrganizationResponse(
        @Schema(description = "Id.") UUID id,

        @Schema(description = "Unique code.", example = "DHDT")
        String code,

        @Schema(description = "Name.", example = "Đảng bộ Trường Đại học Đồng Tháp")
        String name,

        @Schema(description = "Type.") OrganizationType type,

        @Schema(description = "Parent organization; absent for the Bloc committee.")
        UUID parentId,

        @Schema(description = "Ids from the Bloc committee down to this organization (included).")
        List<UUID> path,

        @Schema(description = "Depth in the tree; the Bloc committee is 0.")
        int depth,

        @Schema(description = "Host unit.") HostUnitDto hostUnit,
        @Schema(description = "Founding date.") LocalDate foundedOn,

        @Schema(description = "Number of the founding (or receiving) decision.")
        String foundingDecision,

        @Schema(description = "Status.") OrganizationStatus status,

        @Schema(description = "Date the status took effect.")
        LocalDate statusSince,

        @Schema(description = "True for a cell that meets online.")
        boolean meetsOnline,

        @Schema(description = "Version for optimistic concurrency; also the ETag.")
        Long version,

        @Schema(description = "When it was recorded.") Instant createdAt,
        @Schema(description = "Who recorded it.") String createdBy,
        @Schema(description = "When it last changed.") Instant updatedAt,
        @Schema(description = "Who changed it last.") String updatedBy,

        @Schema(
                description =
                        "Domain rules 1 and 2 the organization does not meet now (warnings, not refusals; empty when it "
                                + "meets them). Only in `GET /organizations/{id}` without `asOf`; the whole subtree's are "
                                + "`GET /organizations/{id}/structure-warnings`.")
        List<StructureWarningResponse> warnings) {

    OrganizationResponse withWarnings(List<StructureWarningResponse> found) {
        return new OrganizationResponse(
                id,
                code,
                name,
                type,
                parentId,
                path,
                depth,
                hostUnit,
                foundedOn,
                foundingDecision,
                status,
                statusSince,
                meetsOnline,
                version,
                createdAt,
                createdBy,
                updatedAt,
                updatedBy,
                found);
    }

    static OrganizationResponse from(OrganizationRow r) {
        return new OrganizationResponse(
                r.id(),
                r.code(),
                r.name(),
                r.type(),
                r.parentId(),
                r.pathIds(),
                r.depth(),
                HostUnitDto.from(r.hostUnitName(), r.hostUnitKind()),
                r.foundedOn(),
                r.foundingDecision(),
                r.status(),
                r.statusSince(),
                r.meetsOnline(),
                r.version(),
                r.createdAt(),
                r.createdBy(),
                r.updatedAt(),
                r.updatedBy(),
                null);
    }

    static OrganizationResponse from(Organization o) {
        return new OrganizationResponse(
                o.id,
                o.code,
                o.name,
                o.type,
                o.parentId,
                o.pathIds(),
                o.depth,
                o.hostUnit == null ? null : HostUnitDto.from(o.hostUnit.name, o.hostUnit.kind),
                o.foundedOn,
                o.foundingDecision,
                o.status,
                o.statusSince,
                o.meetsOnline,
                o.version,
                o.createdAt,
                o.createdBy,
                o.updatedAt,
                o.updatedBy,
                null);
    }
}
