package vn.partybloc.admin;

import java.util.function.Function;
import vn.partybloc.client.ApiException;

/**
 * One part of a page, fetched on its own: what the gateway answered, or the problem's words when it refused that
 * part (a record the user's role may not read, a service that did not answer), so the rest of the page still shows.
 */
public record Part<T>(T value, String problem) {

    @FunctionalInterface
    interface Call<T> {
        T call() throws ApiException;
    }

    /** The part made from this one's value, or this one's problem. */
    <R> Part<R> map(Function<T, R> made) {
        return value == null ? new Part<>(null, problem) : new Part<>(made.apply(value), null);
    }

    /** The value, or the problem's words where it could not be read: what a spreadsheet's cell shows for the part. */
    Object valueOrProblem() {
        return value == null ? problem : value;
    }

    static <T> Part<T> of(Call<T> call) {
        try {
            return new Part<>(call.call(), null);
        } catch (ApiException refused) {
            return new Part<>(null, ApiProblemPage.detail(refused));
        }
    }
}
