package vn.partybloc.platform.web;

import java.lang.reflect.Method;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A POST that changes nothing (a look-up whose key, a national id, must stay out of URLs) says so with
 * {@code @Operation(extensions = @Extension(name = ReadOnlyPosts.EXTENSION, value = "true"))}: the document then declares no
 * {@code Idempotency-Key} for it, and a key sent anyway is ignored, so that its answer is never stored.
 */
public final class ReadOnlyPosts {

    public static final String EXTENSION = "x-partybloc-read-only";

    private ReadOnlyPosts() {}

    public static boolean marks(Method method) {
        Operation operation = method == null ? null : method.getAnnotation(Operation.class);
        return operation != null
                && Arrays.stream(operation.extensions())
                        .anyMatch(e -> e.name().equals(EXTENSION) && e.value().equals("true"));
    }
}
