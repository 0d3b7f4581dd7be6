package vn.partybloc.member.rest;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.member.domain.RemovalReason;
import vn.partybloc.platform.validation.PlainText;

@Schema(
        name = "CandidateRemovalRequest",
        description = "Takes a candidate out of the plan, with the reason.",
        example = """
                {
                  "reason": "REASSIGNED",
                  "removedOn": "2025-09-01",
                  "note": "Điều động công tác khác"
                }""")
public record CandidateRemovalRequest(
        @NotNull RemovalReason reason,
        @NotNull LocalDate removedOn,
        @Size(max = 1000) @PlainText String note) {}
