package vn.partybloc.training.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.platform.validation.PlainText;
import vn.partybloc.platform.validation.Text;
import vn.partybloc.training.domain.Completion;
import vn.partybloc.training.domain.CompletionResult;

@Schema(
        name = "CompletionRequest",
        description = "How the course ended for enrolled members: one request per course is "
                + "enough, up to 5,000 members.",
        example = """
                {
                  "completions": [
                    {
                      "memberId": "5a8c3d21-9e4f-4b6a-8c7d-2e1f0a9b8c61",
                      "result": "GOOD",
                      "completedOn": "2022-05-13",
                      "certificateNumber": "125/CN-ĐUK"
                    },
                    {
                      "memberId": "6b9d4e32-af50-4c7b-9d8e-3f2a1b0c9d72",
                      "result": "FAILED"
                    }
                  ]
                }""")
public record CompletionsRequest(
        @Schema(description = "One item per member.", maxItems = BulkLimits.MAX_MEMBERS)
        @NotEmpty
        @Size(max = BulkLimits.MAX_MEMBERS)
        List<@NotNull @Valid Item> completions) {

    @AssertTrue(message = "{vn.partybloc.training.completions.unique}")
    @Schema(hidden = true)
    public boolean isDistinct() {
        return completions == null
                || completions.stream()
                                .filter(Objects::nonNull)
                                .map(Item::memberId)
                                .distinct()
                                .count()
                        == completions.stream().filter(Objects::nonNull).count();
    }

    List<Completion> toDomain() {
        return completions.stream()
                .map(i -> new Completion(i.memberId(), i.result(), i.completedOn(), Text.nfc(i.certificateNumber())))
                .toList();
    }

    @Schema(name = "CompletionItem", description = "The result of one member.")
    public record Item(
            @Schema(description = "The member, enrolled in the course.") @NotNull
            UUID memberId,

            @Schema(description = "Result; FAILED means not completed (not trained).") @NotNull
            CompletionResult result,

            @Schema(
                    description =
                            "Completion day; the course's last day when absent. From the course's start to today.",
                    example = "2022-05-13")
            @PastOrPresent
            LocalDate completedOn,

            @Schema(description = "Certificate number (số chứng chỉ).", example = "125/CN-ĐUK", maxLength = 64)
            @Size(max = 64)
            @PlainText
            String certificateNumber) {}
}
