package vn.partybloc.platform.codes;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Code lists, each with its codes.")
public record CodeLists(
        @Schema(description = "The lists, each with its codes.")
        List<CodeList> lists) {}
