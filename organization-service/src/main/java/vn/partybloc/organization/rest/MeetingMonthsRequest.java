package vn.partybloc.organization.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.YearMonth;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.organization.domain.MeetingService.MonthInput;

@Schema(
        name = "MeetingMonthsRequest",
        description = "Several months of one organization's meetings, for back-filling the past in one request: each "
                + "month replaces what was recorded for it, as `recordMeetingMonth` would; months not listed stay as "
                + "they are.",
        example = """
                {
                  "months": [
                    {
                      "month": "2023-01",
                      "meetings": [
                        {
                          "heldOn": "2023-01-10",
                          "kind": "REGULAR",
                          "format": "IN_PERSON",
                          "topic": "Sinh hoạt chi bộ thường kỳ tháng 1/2023",
                          "attendance": [
                            {"memberId": "0b7d1c2e-3f4a-4b5c-8d6e-7f8091a2b3c4", "status": "PRESENT"}
                          ]
                        }
                      ]
                    },
                    {"month": "2023-02", "version": 0, "meetings": []}
                  ]
                }""")
public record MeetingMonthsRequest(
        @Schema(description = "The months, each at most once; at most 24.") @NotNull @Size(min = 1, max = 24)
        List<@NotNull @Valid Month> months) {

    @Schema(name = "MeetingMonthsRequestMonth", description = "One month of the request.")
    public record Month(
            @Schema(description = "The month, `2023-01`.", example = "2023-01")
            @NotNull
            @Pattern(regexp = MonthPeriod.MONTH)
            @Size(min = 7, max = 7)
            String month,

            @Schema(
                    description = "The month's version (its `ETag`) when replacing what you read; leave it out to "
                            + "replace the month as it stands or to record it first.")
            @PositiveOrZero
            @Max(Integer.MAX_VALUE)
            Long version,

            @Schema(description = "The month's meetings, at most 31; empty when the organization did not meet.")
            @NotNull
            @Size(max = 31)
            List<@NotNull @Valid MeetingRequest> meetings) {}

    List<MonthInput> inputs() {
        return months.stream()
                .map(m -> new MonthInput(
                        YearMonth.parse(m.month()),
                        m.version(),
                        m.meetings().stream().map(MeetingRequest::input).toList()))
                .toList();
    }
}
