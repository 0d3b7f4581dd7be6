package vn.partybloc.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Counts go through {@code platform.persistence.Counting}, never Panache's {@code count}: Panache counts with Hibernate's
 * {@code SelectionQuery.getResultCount()}, which builds a count query from the query on every call and translates it
 * to SQL again (no plan is kept for it), a third of a positions import's CPU in a profile (docs/measurements.md).
 */
class CachedQueriesTest {

    private static final DescribedPredicate<JavaMethodCall> PANACHE_COUNT =
            DescribedPredicate.describe("Panache's count", CachedQueriesTest::isPanacheCount);

    @Test
    void noServiceCountsThroughPanache() {
        JavaClasses classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.partybloc");
        noClasses()
                .should()
                .callMethodWhere(PANACHE_COUNT)
                .because("Panache's count translates its query to SQL again on every call; Counting's is kept")
                .check(classes);
    }

    /**
     * {@code PanacheQuery.count()}, or a repository's inherited {@code count()}, {@code count(String, Object...)},
     * {@code count(String, Map)} or {@code count(String, Parameters)} (a repository's own {@code count} of other
     * parameters is its own query).
     */
    private static boolean isPanacheCount(JavaMethodCall call) {
        if (!call.getName().equals("count")) {
            return false;
        }
        if (call.getTargetOwner().isAssignableTo(PanacheQuery.class)) {
            return true;
        }
        List<JavaClass> parameters = call.getTarget().getRawParameterTypes();
        return call.getTargetOwner().isAssignableTo(PanacheRepositoryBase.class)
                && (parameters.isEmpty()
                        || (parameters.size() == 2
                                && parameters.get(0).isEquivalentTo(String.class)
                                && (parameters.get(1).isEquivalentTo(Object[].class)
                                        || parameters.get(1).isEquivalentTo(Map.class)
                                        || parameters.get(1).isEquivalentTo(Parameters.class))));
    }
}
