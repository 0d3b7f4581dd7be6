package vn.partybloc.organization.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.organization.domain.NewOrganization;
import vn.partybloc.organization.domain.OrganizationType;
import vn.partybloc.platform.validation.PlainText;
import vn.partybloc.platform.validation.Text;

@Schema(name = "NewOrganization", description = "An organization to bring into the tree.")
public record NewOrganizationRequest(
        @Schema(description = "Unique code: letters, digits, '.', '-' and '_'.", example = "DHDT", maxLength = 32)
        @NotBlank
        @Size(max = 32)
        @Pattern(regexp = "^[A-Za-z0-9._-]+$", message = "{vn.partybloc.organization.code.pattern}")
        String code,

        @Schema(
                description = "Full name, in Unicode NFC as in the decision.",
                example = "Đảng bộ Trường Đại học Đồng Tháp",
                maxLength = 300)
        @NotBlank
        @Size(max = 300)
        @PlainText
        String name,

        @Schema(description = "Organization type; must be allowed under the parent (domain rule 3).") @NotNull
        OrganizationType type,

        @Schema(description = "Parent organization; required for every type but BLOC_COMMITTEE.")
        UUID parentId,

        @Schema(description = "Host unit.") @Valid HostUnitDto hostUnit,

        @Schema(description = "Founding date; defaults to the decision's effective date.", example = "2023-04-01")
        LocalDate foundedOn,

        @Schema(description = "True for a cell that holds its meetings online.", defaultValue = "false")
        Boolean meetsOnline) {

    NewOrganization toDomain() {
        return new NewOrganization(
                code,
                Text.nfc(name),
                type,
                parentId,
                hostUnit == null ? null : hostUnit.toDomain(),
                foundedOn,
                Boolean.TRUE.equals(meetsOnline));
    }
}
