package vn.partybloc.launcher.bench;

import java.net.URI;

/** What went wrong with one request, in a few words; null when it was answered below 400. */
final class Failures {

    private Failures() {}

    static String of(URI uri, Integer status, Throwable error) {
        if (error != null) {
            return error.getClass().getSimpleName() + ": " + error.getMessage();
        }
        if (status >= 400) {
            return uri.getPath() + " answered " + status;
        }
        return null;
    }
}
