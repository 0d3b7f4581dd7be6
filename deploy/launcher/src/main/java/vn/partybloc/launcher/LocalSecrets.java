package vn.partybloc.launcher;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * Passwords the local stack makes for itself on its first start, kept in the data folder's {@code secrets/}, readable
 * by their owner only (files 0600, the folder 0700). The launcher prints where they are, never their value; {@code
 * ./run.sh reset} deletes them with the data they protect.
 */
final class LocalSecrets {

    /** The password of Keycloak's master-realm {@code admin}. */
    static final String KEYCLOAK_ADMIN = "keycloak-admin-password";

    /** The password of PostgreSQL's superuser {@code postgres}. */
    static final String POSTGRES_SUPERUSER = "postgres-superuser-password";

    /** The password of the {@code partybloc} role the services and Keycloak log in with. */
    static final String POSTGRES_APP = "postgres-password";

    /** The key the admin console encrypts its sign-in state and session cookie with (at least 32 characters). */
    static final String ADMIN_UI_STATE = "admin-ui-state-secret";

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path folder;

    LocalSecrets(Path home) {
        this.folder = home.resolve("secrets");
    }

    /** The secret of that name: read, or made and kept on its first use. */
    String get(String name) throws IOException {
        Path file = path(name);
        if (Files.exists(file)) {
            return Files.readString(file).strip();
        }
        if (POSIX) {
            Files.createDirectories(
                    folder, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        } else {
            Files.createDirectories(folder);
        }
        byte[] bytes = new byte[ADMIN_UI_STATE.equals(name) ? 36 : 18];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Path written = POSIX
                ? Files.createTempFile(
                        folder,
                        name,
                        ".new",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(folder, name, ".new");
        Files.writeString(written, secret + "\n");
        Files.move(written, file, StandardCopyOption.ATOMIC_MOVE);
        return secret;
    }

    Path path(String name) {
        return folder.resolve(name);
    }
}
