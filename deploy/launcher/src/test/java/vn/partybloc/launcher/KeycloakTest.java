package vn.partybloc.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher runs the Keycloak version the keycloak module's pom sets, the one place it is written. */
class KeycloakTest {

    @Test
    void theVersionIsReadFromTheKeycloakModulesPom(@TempDir Path project) throws Exception {
        Files.createDirectories(project.resolve("deploy/keycloak"));
        Files.writeString(
                project.resolve("deploy/keycloak/pom.xml"),
                "<project><properties>\n  <keycloak.version>27.0.1</keycloak.version>\n</properties></project>");
        assertEquals("27.0.1", Keycloak.version(project));
    }

    @Test
    void aPomWithoutTheVersionIsNamedInTheError(@TempDir Path project) throws Exception {
        Files.createDirectories(project.resolve("deploy/keycloak"));
        Files.writeString(project.resolve("deploy/keycloak/pom.xml"), "<project/>");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Keycloak.version(project));
        assertTrue(e.getMessage().contains("deploy/keycloak/pom.xml"), e.getMessage());
    }

    @Test
    void thisProjectsKeycloakPomStillSetsIt() throws Exception {
        // Tests run in deploy/launcher; the project is two folders up.
        assertTrue(Keycloak.version(Path.of("../..")).matches("\\d+\\.\\d+\\.\\d+"));
    }
}
