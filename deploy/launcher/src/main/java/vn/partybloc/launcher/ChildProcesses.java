package vn.partybloc.launcher;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Stops a child process politely (SIGTERM), then firmly, with its own children. */
final class ChildProcesses {

    private ChildProcesses() {}

    static void stop(Process process, Duration grace) throws InterruptedException {
        if (!process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }
}
