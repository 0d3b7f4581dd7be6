package vn.partybloc.member.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.member.domain.MembershipChangeKind;
import vn.partybloc.platform.validation.PlainText;

@Schema(
        name = "DepartureRequest",
        description = "A member leaves the register: TRANSFERRED_OUT, DIED, STRUCK_OFF or EXPELLED. "
                + "Their committee positions end the same day.",
        example = """
                {
                  "kind": "TRANSFERRED_OUT",
                  "date": "2025-03-01",
                  "decisionNumber": "12-QĐ/ĐU",
                  "note": "Chuyển sinh hoạt về Đảng bộ Công an tỉnh"
                }""")
public record DepartureRequest(
        @Schema(description = "How the member leaves.") @NotNull
        MembershipChangeKind kind,

        @Schema(description = "Date.") @NotNull LocalDate date,

        @Schema(description = "Decision number.", maxLength = 64) @Size(max = 64) @PlainText
        String decisionNumber,

        @Schema(description = "Note, e.g. the destination of a transfer.", maxLength = 1000)
        @Size(max = 1000)
        @PlainText
        String note) {}
