package vn.partybloc.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalSecretsTest {

    @Test
    void aSecretIsMadeOnceRandomlyAndKeptForTheNextStart(@TempDir Path one, @TempDir Path other) throws Exception {
        String first = new LocalSecrets(one).get(LocalSecrets.KEYCLOAK_ADMIN);
        assertTrue(first.matches("[A-Za-z0-9_-]{24}"), first);
        assertEquals(first, new LocalSecrets(one).get(LocalSecrets.KEYCLOAK_ADMIN));
        assertNotEquals(first, new LocalSecrets(other).get(LocalSecrets.KEYCLOAK_ADMIN));
        try (var files = Files.list(one.resolve("secrets"))) {
            assertEquals(1, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void onlyItsOwnerCanReadIt(@TempDir Path home) throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        new LocalSecrets(home).get(LocalSecrets.KEYCLOAK_ADMIN);
        Path file = new LocalSecrets(home).path(LocalSecrets.KEYCLOAK_ADMIN);
        assertEquals(PosixFilePermissions.fromString("rw-------"), Files.getPosixFilePermissions(file));
        assertEquals(PosixFilePermissions.fromString("rwx------"), Files.getPosixFilePermissions(file.getParent()));
    }

    /** Quarkus refuses a state secret shorter than 32 characters: the console's is 48. */
    @Test
    void theConsolesStateSecretIsLongEnoughToEncryptItsCookies(@TempDir Path home) throws Exception {
        String secret = new LocalSecrets(home).get(LocalSecrets.ADMIN_UI_STATE);
        assertTrue(secret.matches("[A-Za-z0-9_-]{48}"), secret);
    }
}
