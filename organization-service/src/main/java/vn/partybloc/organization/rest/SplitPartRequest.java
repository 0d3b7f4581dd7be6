package vn.partybloc.organization.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.organization.domain.NewOrganization;
import vn.partybloc.organization.domain.OrganizationType;
import vn.partybloc.platform.validation.PlainText;
import vn.partybloc.platform.validation.Text;

@Schema(name = "SplitPart", description = "One organization resulting from a split.")
public record SplitPartRequest(
        @Schema(description = "Unique code.", example = "DHDT-CB1", maxLength = 32)
        @NotBlank
        @Size(max = 32)
        @Pattern(regexp = "^[A-Za-z0-9._-]+$", message = "{vn.partybloc.organization.code.pattern}")
        String code,

        @Schema(description = "Name.", example = "Chi bộ Khoa Sư phạm 1", maxLength = 300)
        @NotBlank
        @Size(max = 300)
        @PlainText
        String name,

        @Schema(description = "Type; defaults to the source's.")
        OrganizationType type,

        @Schema(description = "Host unit; defaults to the source's.") @Valid
        HostUnitDto hostUnit,

        @Schema(description = "True for a cell that meets online.")
        Boolean meetsOnline,

        @Schema(
                description = "Members of the source who join this part (member-service ids). Members listed in no "
                        + "part join the first; a member listed twice is refused. member-service moves them and "
                        + "lists any it cannot move under `GET /api/v1/members/organization-changes/{changeId}`.",
                maxItems = 10000)
        @Size(max = 10000)
        List<@NotNull UUID> memberIds) {

    List<UUID> members() {
        return memberIds == null ? List.of() : memberIds;
    }

    NewOrganization toDomain() {
        return new NewOrganization(
                code,
                Text.nfc(name),
                type,
                null,
                hostUnit == null ? null : hostUnit.toDomain(),
                null,
                Boolean.TRUE.equals(meetsOnline));
    }
}
