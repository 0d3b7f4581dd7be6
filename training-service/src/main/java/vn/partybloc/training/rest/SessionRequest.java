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
                + "enrolled member you manage absent. Recording a session again replaces it.",
        example = """
                {
                  "sessionOn": "2022-05-10",
                  "presentMemberIds": [
                    "5a8c3d21-9e4f-4b6a-8c7d-2e1f0a9b8c61",
                    "6b9d4e32-af50-4c7b-9d8e-3f2a1b0c9d72"
                  ]
                }""")
public record SessionRequest(
        @Schema(description = "The session's day, within the course's dates.", example = "2022-05-10") @NotNull
        LocalDate sessionOn,

        @Schema(description = "Members present.", maxItems = BulkLimits.MAX_MEMBERS)
        @NotNull
        @Size(max = BulkLimits.MAX_MEMBERS)
        List<@NotNull UUID> presentMemberIds) {

    @AssertTrue(message = "{vn.partybloc.training.session.unique}")
    @Schema(hidden = true)
    public boolean isDistinct() {
        return presentMemberIds == null || new HashSet<>(presentMemberIds).size() == presentMemberIds.size();
    }
}
