package vn.partybloc.evaluation.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.evaluation.domain.ComplaintChannel;
import vn.partybloc.evaluation.domain.ComplaintKind;
import vn.partybloc.evaluation.domain.Complaints;
import vn.partybloc.platform.validation.PlainText;
import vn.partybloc.platform.validation.Text;

@Schema(
        name = "ComplaintRequest",
        description = "A complaint or denunciation received about a member or an organization.",
        example = """
                {
                  "kind": "DENUNCIATION",
                  "receivedOn": "2024-08-05",
                  "channel": "LETTER",
                  "subjectMemberId": "6b9d4e32-af50-4c7b-9d8e-3f2a1b0c9d72",
                  "content": "Tố cáo đảng viên vi phạm quy định về những điều đảng viên không được làm.",
                  "complainantName": "Nguyễn Văn Tố",
                  "complainantContact": "Số 12 đường Trần Phú, phường Lộc Thọ",
                  "assignedOrganizationId": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"
                }""")
public record ComplaintRequest(
        @Schema(description = "Complaint or denunciation.") @NotNull
        ComplaintKind kind,

        @Schema(description = "When the competent body received it; its deadlines run from it.") @NotNull
        LocalDate receivedOn,

        @Schema(description = "How it arrived.") @NotNull ComplaintChannel channel,

        @Schema(description = "The member it is about (`CMP-SUBJECT`); or `subjectOrganizationId`, not both.")
        UUID subjectMemberId,

        @Schema(description = "The organization it is about; or `subjectMemberId`, not both.")
        UUID subjectOrganizationId,

        @Schema(description = "What it says (free text about people: it stays in the API).", maxLength = 4000)
        @NotBlank
        @Size(max = 4000)
        @PlainText.Multiline
        String content,

        @Schema(
                description = "Who complained or denounced; absent for an anonymous one. A denouncer's identity is "
                        + "read only by the inspection committee it is assigned to.",
                maxLength = 200)
        @Size(max = 200)
        @PlainText
        String complainantName,

        @Schema(description = "Their address, telephone or e-mail; kept only with a name.", maxLength = 500)
        @Size(max = 500)
        @PlainText
        String complainantContact,

        @Schema(
                description = "The organization whose inspection committee resolves it: the subject's or one above it "
                        + "(`CMP-ASSIGNEE`).")
        @NotNull
        UUID assignedOrganizationId) {

    Complaints.Intake intake() {
        return new Complaints.Intake(
                kind,
                receivedOn,
                channel,
                subjectMemberId,
                subjectOrganizationId,
                Text.nfc(content),
                blankToNull(complainantName),
                blankToNull(complainantContact),
                assignedOrganizationId);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : Text.nfc(text.strip());
    }
}
