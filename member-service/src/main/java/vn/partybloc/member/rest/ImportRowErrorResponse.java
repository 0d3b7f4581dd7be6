package vn.partybloc.member.rest;

import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.member.domain.ImportRowError;

@Schema(name = "ImportRowError", description = "Why one row of an import was refused. The row changed nothing.")
public record ImportRowErrorResponse(
        @Schema(description = "1-based row number; in a CSV file the header is row 0.")
        int row,

        @Schema(description = "The field at fault, if one is.", nullable = true)
        String field,

        @Schema(description = "The rule the row breaks (see the rules catalogue), if a rule is.", nullable = true)
        String rule,

        @Schema(description = "What is wrong, in the language of the answer's `Content-Language`.")
        String message) {

    static ImportRowErrorResponse from(ImportRowError e, Locale language) {
        return new ImportRowErrorResponse(
                e.row(), e.field(), e.rule(), e.message().in(language));
    }
}
