package vn.partybloc.platform.web;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The paging envelope of every collection answer. */
public record Page<T>(
        @Schema(description = "The items of this page.") List<T> items,

        @Schema(description = "Page number, from 0.", example = "0")
        int page,

        @Schema(description = "Requested page size.", example = "50")
        int size,

        @Schema(description = "Number of items matching the query across all pages.", example = "1234")
        long total) {

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), page, size, total);
    }
}
