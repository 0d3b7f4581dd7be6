package vn.partybloc.organization.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.organization.domain.MeetingInput;

@Schema(
        name = "MeetingMonthRequest",
        description = "A cell's meetings of one month with their attendance, as its secretary records them after the "
                + "fact. Replaces what was recorded for the month; an empty list records that the cell did not meet.",
        example = """
                {
                  "meetings": [
                    {
                      "heldOn": "2024-03-05",
                      "kind": "REGULAR",
                      "format": "IN_PERSON",
                      "topic": "Sinh hoạt chi bộ thường kỳ tháng 3/2024",
                      "agenda": [
                        {"category": "POLITICAL_IDEOLOGICAL", "title": "Thông tin thời sự, tình hình tư tưởng đảng viên"},
                        {"category": "HOST_UNIT_TASKS", "title": "Kết quả nhiệm vụ chuyên môn tháng 3"},
                        {"category": "PARTY_BUILDING", "title": "Thu đảng phí quý I"}
                      ],
                      "chairMemberId": "0b7d1c2e-3f4a-4b5c-8d6e-7f8091a2b3c4",
                      "meetingSecretaryMemberId": "1c8e2d3f-4a5b-4c6d-9e7f-8091a2b3c4d5",
                      "minutesReference": "BB-03/2024",
                      "resolutions": ["Hoàn thành kế hoạch công tác quý I"],
                      "quality": "GOOD",
                      "attendance": [
                        {"memberId": "0b7d1c2e-3f4a-4b5c-8d6e-7f8091a2b3c4", "status": "PRESENT"},
                        {"memberId": "1c8e2d3f-4a5b-4c6d-9e7f-8091a2b3c4d5", "status": "PRESENT"},
                        {"memberId": "2d9f3e4a-5b6c-4d7e-8f80-91a2b3c4d5e6", "status": "ABSENT_WITH_LEAVE", "reason": "Đi công tác"}
                      ],
                      "guests": [{"name": "Nguyễn Văn An", "role": "Chủ tịch Công đoàn cơ sở"}],
                      "superiorAttendeeIds": ["3e0a4f5b-6c7d-4e8f-9091-a2b3c4d5e6f7"]
                    }
                  ]
                }""")
public record MeetingMonthRequest(
        @Schema(description = "The month's meetings, at most 31.") @NotNull @Size(max = 31)
        List<@NotNull @Valid MeetingRequest> meetings) {

    List<MeetingInput> inputs() {
        return meetings.stream().map(MeetingRequest::input).toList();
    }
}
