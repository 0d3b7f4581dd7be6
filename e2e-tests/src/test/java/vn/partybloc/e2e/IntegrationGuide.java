package vn.partybloc.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The shell lines of docs/integration.md, as a reader would run them: each block in bash with {@code set -euo
 * pipefail}, and curl made to fail on an answer that is not 2xx ({@code --fail-with-body}), so that a line the guide
 * shows wrong fails the block.
 */
final class IntegrationGuide {

    static final Path GUIDE = Path.of(System.getProperty("partybloc.project", ".."), "docs", "integration.md");

    private final Path workDirectory;
    private final Path bin;

    IntegrationGuide() throws IOException {
        workDirectory = Files.createTempDirectory("integration-guide");
        bin = Files.createDirectories(workDirectory.resolve("bin"));
        Path curl = bin.resolve("curl");
        Files.writeString(curl, "#!/bin/sh\nexec " + realCurl() + " --fail-with-body \"$@\"\n");
        Files.setPosixFilePermissions(curl, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** The guide's {@code ```sh} blocks, in order. */
    static List<String> shellBlocks() throws IOException {
        List<String> blocks = new ArrayList<>();
        StringBuilder block = null;
        for (String line : Files.readAllLines(GUIDE, StandardCharsets.UTF_8)) {
            if (block == null && line.equals("```sh")) {
                block = new StringBuilder();
            } else if (block != null && line.equals("```")) {
                blocks.add(block.toString());
                block = null;
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        return blocks;
    }

    /**
     * Runs {@code script} in the guide's working directory with {@code environment} added; its standard output. Its
     * output goes to files, so that a block that hangs is stopped after a minute rather than holding the suite.
     */
    String run(String script, Map<String, String> environment) throws IOException, InterruptedException {
        Path out = workDirectory.resolve("block.out");
        Path err = workDirectory.resolve("block.err");
        ProcessBuilder bash = new ProcessBuilder("bash", "-c", "set -euo pipefail\n" + script)
                .directory(workDirectory.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        bash.environment().putAll(environment);
        bash.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        Process process = bash.start();
        boolean ended = process.waitFor(60, TimeUnit.SECONDS);
        if (!ended) {
            process.destroyForcibly().waitFor();
        }
        String output = Files.readString(out, StandardCharsets.UTF_8);
        if (!ended || process.exitValue() != 0) {
            throw new AssertionError(
                    "the guide's lines failed (" + (ended ? "exit " + process.exitValue() : "after a minute") + "):\n"
                            + script + "\n" + output + Files.readString(err, StandardCharsets.UTF_8));
        }
        return output;
    }

    /** A file the guide's lines wrote, {@code members.ndjson} say. */
    Path file(String name) {
        return workDirectory.resolve(name);
    }

    private static String realCurl() throws IOException {
        for (String directory : System.getenv("PATH").split(":")) {
            Path curl = Path.of(directory, "curl");
            if (Files.isExecutable(curl)) {
                return curl.toString();
            }
        }
        throw new IOException("curl is not on the PATH: .ci/ensure-curl installs Debian's package");
    }
}
