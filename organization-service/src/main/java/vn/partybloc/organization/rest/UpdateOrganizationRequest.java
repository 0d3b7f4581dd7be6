package vn.partybloc.organization.rest;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.organization.domain.HostUnitKind;
import vn.partybloc.organization.domain.OrganizationChanges;
import vn.partybloc.platform.validation.PlainText;
import vn.partybloc.platform.validation.Text;

@Schema(
        name = "UpdateOrganizationRequest",
        description = "JSON merge patch of an organization's descriptive fields; "
                + "absent fields stay as they are. Structural changes have their own commands.",
        example = """
                {
                  "name": "Đảng bộ Trường Đại học Đồng Tháp",
                  "hostUnitKind": "PUBLIC_SERVICE_UNIT",
                  "effectiveDate": "2024-01-01"
                }""")
public record UpdateOrganizationRequest(
        @Schema(description = "New unique code.", maxLength = 32)
        @Size(min = 1, max = 32)
        @Pattern(regexp = "^[A-Za-z0-9._-]+$", message = "{vn.partybloc.organization.code.pattern}")
        String code,

        @Schema(description = "New name.", maxLength = 300)
        @Size(min = 1, max = 300)
        @Pattern(regexp = PlainText.SINGLE_LINE_NOT_BLANK, message = PlainText.NOT_BLANK_MESSAGE)
        @PlainText.Visible
        String name,

        @Schema(description = "New host unit name.", maxLength = 300)
        @Size(min = 1, max = 300)
        @Pattern(regexp = PlainText.SINGLE_LINE_NOT_BLANK, message = PlainText.NOT_BLANK_MESSAGE)
        @PlainText.Visible
        String hostUnitName,

        @Schema(description = "New host unit kind.") HostUnitKind hostUnitKind,

        @Schema(description = "Whether the cell meets online.")
        Boolean meetsOnline,

        @Schema(description = "Date the update takes effect; defaults to today.", example = "2024-01-01")
        LocalDate effectiveDate) {

    OrganizationChanges toDomain() {
        return new OrganizationChanges(code, Text.nfc(name), Text.nfc(hostUnitName), hostUnitKind, meetsOnline);
    }
}
