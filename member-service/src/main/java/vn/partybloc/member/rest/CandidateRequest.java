package vn.partybloc.member.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.platform.validation.PlainText;

@Schema(name = "CandidateRequest", description = "A member planned for the position.", example = """
                {
                  "memberId": "5a8c3d21-9e4f-4b6a-8c7d-2e1f0a9b8c61",
                  "addedOn": "2025-03-10",
                  "note": "Phó Bí thư Đảng ủy"
                }""")
public record CandidateRequest(
        @NotNull UUID memberId,

        @Schema(description = "When the member was added to the plan.") @NotNull
        LocalDate addedOn,

        @Size(max = 1000) @PlainText String note) {}
