package vn.partybloc.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.partybloc.client.ApiException;

/** Every item of a paged list of the API, read a page after another until its total is reached. */
final class EveryPage {

    /** The most items the API answers a page with. */
    static final int LARGEST = 500;

    /** The call that answers page {@code number} (from 0) of {@link #LARGEST} items. */
    @FunctionalInterface
    interface Call<P> {
        P page(int number) throws ApiException;
    }

    private EveryPage() {}

    static <P, T> List<T> of(Call<P> call, Function<P, List<T>> items, Function<P, Long> total) throws ApiException {
        List<T> all = new ArrayList<>();
        int next = 0;
        List<T> read;
        P page;
        do {
            page = call.page(next++);
            read = items.apply(page);
            all.addAll(read);
        } while (!read.isEmpty() && all.size() < total.apply(page));
        return all;
    }
}
