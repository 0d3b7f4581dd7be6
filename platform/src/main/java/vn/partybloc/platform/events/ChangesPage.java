package vn.partybloc.platform.events;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ChangesPage", description = "A page of the changes feed, oldest first.")
public record ChangesPage(
        @Schema(
                description = "Events after the requested cursor, in commit order. A page filtered by `type` (or with "
                        + "types the caller may not read) reads at most 10,000 positions: it may hold fewer events "
                        + "than `limit`, or none, while `hasMore` is true.")
        List<ChangeEvent> items,

        @Schema(
                description =
                        "Cursor to pass as `after` for the next page: the position of the page's last event, or of a "
                                + "filtered page, the last position it read; equals the request's cursor when nothing "
                                + "is new.",
                example = "1024")
        String next,

        @Schema(description = "True when more events are already available after `next`.")
        boolean hasMore) {}
