package vn.partybloc.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.smallrye.config.ConfigMapping;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries of docs/architecture.md, on the compiled classes: a service is one bounded context that
 * talks to the others only through events and the contracts module; the platform is technical only.
 */
class BoundariesTest {

    private static final List<String> SERVICES = List.of("organization", "member", "training", "evaluation");

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.partybloc");
    }

    @Test
    void noServiceImportsAnotherService() {
        for (String service : SERVICES) {
            String[] others = SERVICES.stream()
                    .filter(other -> !other.equals(service))
                    .map(BoundariesTest::packageOf)
                    .toArray(String[]::new);
            noClasses()
                    .that()
                    .resideInAPackage(packageOf(service))
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(others)
                    .because("services share events and the contracts module, not code")
                    .check(classes);
        }
    }

    @Test
    void theGatewayImportsNoServiceNoContractsAndNoPlatform() {
        String[] forbidden = Arrays.copyOf(withContracts(servicePackages()), SERVICES.size() + 2);
        forbidden[SERVICES.size() + 1] = "vn.partybloc.platform..";
        noClasses()
                .that()
                .resideInAPackage("vn.partybloc.gateway..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(forbidden)
                .because("the gateway routes and composes over HTTP only; what it must state as the services do is in"
                        + " the kernel")
                .check(classes);
    }

    @Test
    void theKernelImportsNothingElseOfTheProject() {
        noClasses()
                .that()
                .resideInAPackage("vn.partybloc.kernel..")
                .should()
                .dependOnClassesThat()
                .resideOutsideOfPackages("vn.partybloc.kernel..", "java..")
                .because("the kernel is plain Java that the gateway and the platform both depend on")
                .check(classes);
    }

    @Test
    void thePlatformImportsNoDomainPackage() {
        noClasses()
                .that()
                .resideInAPackage("vn.partybloc.platform..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(withContracts(servicePackages()))
                .because("the platform is the technical library: outbox, inbox, problems, paging, security")
                .check(classes);
    }

    @Test
    void theContractsImportNoService() {
        noClasses()
                .that()
                .resideInAPackage("vn.partybloc.contracts..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(servicePackages())
                .because("the contracts are what the services share, so they belong to none of them")
                .check(classes);
    }

    @Test
    void resourcesDoNotImportRepositories() {
        noClasses()
                .that()
                .resideInAPackage("..rest..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("..repository..")
                .because("resources are one hop from the domain: they validate, delegate and map")
                .check(classes);
    }

    @Test
    void configurationMappingsLiveInConfigPackages() {
        classes()
                .that()
                .areAnnotatedWith(ConfigMapping.class)
                .and()
                .resideInAnyPackage(withGateway(servicePackages()))
                .should()
                .resideInAPackage("..config..")
                .because("every service keeps its typed configuration in one place")
                .check(classes);
    }

    private static String packageOf(String service) {
        return "vn.partybloc." + service + "..";
    }

    private static String[] servicePackages() {
        return SERVICES.stream().map(BoundariesTest::packageOf).toArray(String[]::new);
    }

    private static String[] withGateway(String[] packages) {
        String[] all = Arrays.copyOf(packages, packages.length + 1);
        all[packages.length] = "vn.partybloc.gateway..";
        return all;
    }

    private static String[] withContracts(String[] packages) {
        String[] all = Arrays.copyOf(packages, packages.length + 1);
        all[packages.length] = "vn.partybloc.contracts..";
        return all;
    }
}
