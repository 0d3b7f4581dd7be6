package vn.partybloc.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The resident memory of one of the stack's applications, from {@code /proc} (Linux): now, and the most it has held
 * since it started (the kernel's high-water mark).
 */
record ProcessMemory(long pid, long residentKiB, long peakKiB) {

    /** The running process started from the application's jar, among the launcher's descendants. */
    static Optional<ProcessMemory> of(Stack stack, Application application, long launcherPid) {
        String jar = application.jar(stack.project()).toString();
        return ProcessHandle.of(launcherPid).stream()
                .flatMap(ProcessHandle::descendants)
                .filter(p -> p.info()
                        .arguments()
                        .map(a -> String.join(" ", a).contains(jar))
                        .orElse(false))
                .findFirst()
                .flatMap(p -> read(p.pid()));
    }

    private static Optional<ProcessMemory> read(long pid) {
        try {
            long resident = 0;
            long peak = 0;
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    resident = kib(line);
                } else if (line.startsWith("VmHWM:")) {
                    peak = kib(line);
                }
            }
            return Optional.of(new ProcessMemory(pid, resident, peak));
        } catch (IOException notLinuxOrGone) {
            return Optional.empty();
        }
    }

    private static long kib(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }
}
