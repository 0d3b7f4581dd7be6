package vn.partybloc.member.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportRowError", description = "Why one row of an import was refused. The row changed nothing.")
public record ImportRowError(
        @Schema(description = "1-based row number; in a CSV file the header is row 0.")
        int row,

        @Schema(description = "The field at fault, if one is.")
        String field,

        @Schema(description = "The rule the row breaks (see the rules catalogue), if a rule is.")
        String rule,

        @Schema(description = "What is wrong.") String message) {}
