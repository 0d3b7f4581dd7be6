package vn.partybloc.testing;

import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Marks a test class or method that sends invalid or refused requests on purpose (bad input, no token, a request the
 * document does not allow): {@link OpenApiValidationFilter} then checks only the answers against the document, not
 * the requests. Inherited, so a subclass of {@link BadInputTestBase} or {@link AccessMatrixTestBase} needs nothing.
 */
@Documented
@Inherited
@Retention(RUNTIME)
@Target({TYPE, METHOD})
public @interface InvalidRequestsOnPurpose {}
