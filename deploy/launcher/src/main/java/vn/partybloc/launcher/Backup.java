package vn.partybloc.launcher;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * A cold backup of the local stack, taken while it is stopped: PostgreSQL's data directory (every service's database
 * and Keycloak's), Kafka's log and the secrets the databases' passwords are, in one zip readable by its owner only.
 * Taken together while nothing writes, the databases, their outboxes and inboxes and the broker's topics and consumer
 * offsets agree, which dumps of each database taken one by one while the stack runs would not. (The embedded server
 * ships no {@code pg_dump}.)
 */
final class Backup {

    /** What a backup holds, as folders of the data folder. */
    static final List<String> PARTS = List.of("postgres", "kafka", "secrets");

    private static final boolean POSIX =
            FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private Backup() {}

    /** The folder backups go to: beside the data folder, so that {@code ./run.sh reset} keeps them. */
    static Path folder(Stack stack) {
        return stack.home().resolveSibling(stack.home().getFileName() + "-backups");
    }

    /** Writes a backup of the stopped stack's data and answers its file. */
    static Path write(Stack stack) throws IOException {
        Path folder = folder(stack);
        createPrivateDirectories(folder);
        Path file = folder.resolve("partybloc-" + LocalDateTime.now().format(STAMP) + ".zip");
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve("partybloc-" + LocalDateTime.now().format(STAMP) + "-" + n + ".zip");
        }
        Path partial = Files.createTempFile(folder, "partial-", ".zip");
        restrict(partial, "rw-------");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
            for (String part : PARTS) {
                Path root = stack.home().resolve(part);
                if (Files.isDirectory(root)) {
                    add(zip, stack.home(), root);
                }
            }
        }
        return Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * Replaces the stopped stack's data with a backup's. The data it replaces is backed up first, and that backup's
     * file is answered, so that a restore of the wrong file loses nothing.
     */
    static Path restore(Stack stack, Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("no backup file " + file);
        }
        Path before = write(stack);
        Path staging = Files.createTempDirectory(folder(stack), "restoring-");
        try {
            unzip(file, staging);
            for (String part : PARTS) {
                delete(stack.home().resolve(part));
                Path restored = staging.resolve(part);
                if (Files.exists(restored)) {
                    Files.createDirectories(stack.home());
                    Files.move(restored, stack.home().resolve(part), StandardCopyOption.ATOMIC_MOVE);
                }
            }
        } finally {
            delete(staging);
        }
        return before;
    }

    private static void add(ZipOutputStream zip, Path home, Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted()::iterator) {
                String name = home.relativize(path).toString().replace('\\', '/');
                if (Files.isDirectory(path)) {
                    // empty folders too: PostgreSQL needs its pg_tblspc, pg_twophase and the like
                    zip.putNextEntry(new ZipEntry(name + "/"));
                } else {
                    zip.putNextEntry(new ZipEntry(name));
                    Files.copy(path, zip);
                }
                zip.closeEntry();
            }
        }
    }

    private static void unzip(Path file, Path into) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into)
                        || !PARTS.contains(into.relativize(target).getName(0).toString())) {
                    throw new IOException(file + " is not a backup of the local stack: it holds " + entry.getName());
                }
                if (entry.isDirectory()) {
                    createPrivateDirectories(target);
                } else {
                    createPrivateDirectories(target.getParent());
                    try (OutputStream out = Files.newOutputStream(target)) {
                        zip.transferTo(out);
                    }
                    restrict(target, "rw-------");
                }
            }
        }
    }

    /** PostgreSQL refuses a data directory others can read; the secrets are the owner's only. */
    private static void createPrivateDirectories(Path folder) throws IOException {
        Files.createDirectories(folder);
        restrict(folder, "rwx------");
    }

    private static void restrict(Path path, String permissions) throws IOException {
        if (POSIX) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }

    private static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
