package vn.partybloc.organization.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.organization.domain.HostUnit;
import vn.partybloc.organization.domain.HostUnitKind;
import vn.partybloc.platform.validation.PlainText;

@Schema(name = "HostUnit", description = "The agency, public service unit or enterprise the organization belongs to.")
public record HostUnitDto(
        @Schema(description = "Name of the host unit.", example = "Trường Đại học Đồng Tháp", maxLength = 300)
        @NotBlank
        @Size(max = 300)
        @PlainText
        String name,

        @Schema(description = "Kind of host unit.") @NotNull HostUnitKind kind) {

    HostUnit toDomain() {
        return new HostUnit(name.strip(), kind);
    }

    static HostUnitDto from(String name, HostUnitKind kind) {
        return name == null && kind == null ? null : new HostUnitDto(name, kind);
    }
}
