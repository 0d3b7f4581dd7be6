package vn.partybloc.platform.codes;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One code of a code list, with its labels.")
public record Code(
        @Schema(description = "The code, as the register stores it and the API sends it.", example = "05")
        String code,

        @Schema(description = "Vietnamese label.", example = "Khơ-me")
        String vi,

        @Schema(
                description = "English label; null where the list's keepers gave none (the qualification levels "
                        + "admins keep).",
                example = "Khmer",
                nullable = true)
        String en) {}
