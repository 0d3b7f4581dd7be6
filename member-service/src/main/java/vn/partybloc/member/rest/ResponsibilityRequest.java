package vn.partybloc.member.rest;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.platform.validation.PlainText;

@Schema(
        name = "ResponsibilityRequest",
        description = "A field of party work assigned to a committee member.",
        example = """
                {
                  "field": "Công tác tổ chức",
                  "followedOrganizationId": "d52e8fa3-6a7c-4b4d-9e3f-2c0b1a8d7f43",
                  "attendsMeetings": true
                }""")
public record ResponsibilityRequest(
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
        Boolean attendsMeetings) {}
