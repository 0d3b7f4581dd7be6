package vn.partybloc.platform.shares;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ShareLogPage", description = "A page of the share log, oldest first.")
public record ShareLogPage(
        @Schema(description = "Lines after the requested cursor, oldest first.")
        List<ShareLogEntry> items,

        @Schema(description = "Cursor to pass as `after` for the next page.", example = "1024")
        String next,

        @Schema(description = "True when more lines are already available after `next`.")
        boolean hasMore) {}
