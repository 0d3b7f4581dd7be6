package vn.partybloc.training.rest;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "SessionRequest",
        description = "Attendance at one session: the listed members were present, every other "
                + "enrolled member you manage absent. Recording a session again replaces it.")
public record SessionRequest(
        @Schema(description = "The session's day, within the course's dates.", example = "2022-05-10") @NotNull
        LocalDate sessionOn,

        @Schema(description = "Members present.", maxItems = BulkLimits.MAX_MEMBERS)
        @NotNull
        @Size(max = BulkLimits.MAX_MEMBERS)
        List<@NotNull UUID> presentMemberIds) {

    @AssertTrue(message = "presentMemberIds lists a member twice")
    @Schema(hidden = true)
    public boolean isDistinct() {
        return presentMemberIds == null || new HashSet<>(presentMemberIds).size() == presentMemberIds.size();
    }
}
