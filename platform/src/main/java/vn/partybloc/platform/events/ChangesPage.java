package vn.partybloc.platform.events;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChangesPage", description = "A page of the changes feed, oldest first.")
public record ChangesPage(
        @Schema(description = "Events after the requested cursor, in commit order.")
        List<ChangeEvent> items,

        @Schema(
                description =
                        "Cursor to pass as `after` for the next page; equals the request's cursor when nothing is new.",
                example = "1024")
        String next,

        @Schema(description = "True when more events are already available after `next`.")
        boolean hasMore) {}
