package vn.partybloc.evaluation.rest;

import java.util.List;
import java.util.Set;
import java.util.function.Function;
import vn.partybloc.platform.web.Page;
import vn.partybloc.platform.web.PageRequest;

/** Pages of short lists (rule sets, cycles, targets, plans, votes) that are read whole and cut in memory. */
final class Pages {

    private Pages() {}

    /** The list keeps its own order; {@code sort} may only name that order's field. */
    static <T, R> Page<R> of(List<T> all, PageRequest page, String orderField, Function<T, R> mapper) {
        page.orderBy(Set.of(orderField), orderField, f -> f);
        int from = Math.min(all.size(), page.offset());
        int to = Math.min(all.size(), from + page.size);
        return new Page<>(all.subList(from, to).stream().map(mapper).toList(), page.page, page.size, all.size());
    }
}
