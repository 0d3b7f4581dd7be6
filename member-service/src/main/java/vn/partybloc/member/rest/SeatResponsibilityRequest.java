package vn.partybloc.member.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.member.domain.ResponsibilityBatchService.NewResponsibility;
import vn.partybloc.platform.validation.PlainText;

@Schema(
        name = "SeatResponsibilityRequest",
        description =
                "A field of party work assigned to one seat of the committee, as `assignResponsibility` takes it.")
public record SeatResponsibilityRequest(
        @Schema(description = "The position, held on this committee.") @NotNull
        UUID positionId,

        @Schema(
                description = "The field, e.g. tổ chức, kiểm tra, tuyên giáo.",
                example = "Công tác tổ chức",
                maxLength = 200)
        @NotBlank
        @Size(max = 200)
        @PlainText
        String field,

        @Schema(description = "A cell the member follows (phụ trách).")
        UUID followedOrganizationId,

        @Schema(description = "True when the member attends the followed cell's meetings.")
        Boolean attendsMeetings) {

    NewResponsibility toDomain() {
        return new NewResponsibility(
                positionId, field.strip(), followedOrganizationId, Boolean.TRUE.equals(attendsMeetings));
    }
}
