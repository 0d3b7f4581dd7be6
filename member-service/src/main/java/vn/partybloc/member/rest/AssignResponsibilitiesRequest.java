package vn.partybloc.member.rest;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.member.domain.ResponsibilityBatchService;

@Schema(
        name = "AssignResponsibilitiesRequest",
        description = "A committee's division of work: responsibilities of its seats, recorded all or nothing.",
        example = """
                {
                  "items": [
                    {
                      "positionId": "0b8f3c52-4d1e-4a7b-9c6d-2e5f7a9b1c30",
                      "field": "Phụ trách chi bộ",
                      "followedOrganizationId": "d52e8fa3-6a7c-4b4d-9e3f-2c0b1a8d7f43",
                      "attendsMeetings": true
                    },
                    {
                      "positionId": "7c2d9e41-3b6a-4f8e-a1d5-6b0c4e2f8a17",
                      "field": "Công tác kiểm tra, giám sát"
                    }
                  ]
                }""")
public record AssignResponsibilitiesRequest(
        @Schema(description = "The responsibilities, 1 to 1,000, each of a position held on the committee.")
        @NotEmpty
        @Size(max = ResponsibilityBatchService.MAX_ITEMS)
        List<@NotNull @Valid SeatResponsibilityRequest> items) {}
