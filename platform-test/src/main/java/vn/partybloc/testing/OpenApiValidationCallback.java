package vn.partybloc.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.Filter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Before each {@code @QuarkusTest}, installs an {@link OpenApiValidationFilter} as a global rest-assured filter, so
 * every call a test makes is checked against the running service's own document without code in the test. Requests
 * are validated too, except in tests marked {@link InvalidRequestsOnPurpose}. On where
 * {@code partybloc.testing.openapi-validation=true}, as the platform's shared configuration sets it for every service
 * (the gateway, whose document describes its upstreams, has it off).
 */
public final class OpenApiValidationCallback implements QuarkusTestBeforeEachCallback {

    /** The document, read from the running application on the first checked call and kept for the JVM. */
    private static volatile OpenApiInteractionValidator validator;

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        List<Filter> others = RestAssured.filters().stream()
                .filter(filter -> !(filter instanceof OpenApiValidationFilter))
                .toList();
        RestAssured.replaceFiltersWith(others);
        if (enabled()) {
            RestAssured.filters(
                    new OpenApiValidationFilter(OpenApiValidationCallback::validator, !invalidOnPurpose(context)));
        }
    }

    static boolean enabled() {
        return ConfigProvider.getConfig()
                .getOptionalValue("partybloc.testing.openapi-validation", Boolean.class)
                .orElse(false);
    }

    private static boolean invalidOnPurpose(QuarkusTestMethodContext context) {
        return context.getTestMethod().isAnnotationPresent(InvalidRequestsOnPurpose.class)
                || context.getTestInstance().getClass().isAnnotationPresent(InvalidRequestsOnPurpose.class)
                || context.getOuterInstances().stream()
                        .anyMatch(outer -> outer.getClass().isAnnotationPresent(InvalidRequestsOnPurpose.class));
    }

    static OpenApiInteractionValidator validator() {
        if (validator == null) {
            synchronized (OpenApiValidationCallback.class) {
                if (validator == null) {
                    validator = OpenApiValidationFilter.validatorFor(document());
                }
            }
        }
        return validator;
    }

    /** Read without rest-assured, so that the read itself passes through no filter. */
    private static String document() {
        URI uri = URI.create(RestAssured.baseURI + ":" + RestAssured.port + RestAssured.basePath)
                .resolve("/q/openapi?format=json");
        try (InputStream in = uri.toURL().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenAPI document at " + uri, e);
        }
    }
}
