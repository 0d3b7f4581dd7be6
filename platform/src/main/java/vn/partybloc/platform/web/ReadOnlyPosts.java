package vn.partybloc.platform.web;

import java.lang.reflect.Method;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

/**
 * A POST that changes nothing (a look-up whose key, a national id, must stay out of URLs) says so with
 * {@code @Extension(name = ReadOnlyPosts.EXTENSION, value = "true")}: the document then declares no
 * {@code Idempotency-Key} for it, and a key sent anyway is ignored, so that its answer is never stored.
 */
public final class ReadOnlyPosts {

    public static final String EXTENSION = "x-partybloc-read-only";

    private ReadOnlyPosts() {}

    public static boolean marks(Method method) {
        return method != null
                && Arrays.stream(method.getAnnotationsByType(Extension.class))
                        .anyMatch(e -> e.name().equals(EXTENSION) && e.value().equals("true"));
    }
}
