package vn.partybloc.gateway;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.output.MarkdownRender;

/**
 * The compatibility guard: clients built on the last released contract keep working. The merged document that the
 * build writes is compared by openapi-diff with the last release's, committed as
 * {@code src/test/resources/openapi/released/<version>.json}; a breaking change (an operation, parameter value or
 * response field removed, a request field made required, a type narrowed...: openapi-diff's verdict, plus the
 * response fields of {@link RemovedResponseFields}) fails unless the document's
 * {@code info.version} has a higher major version than the release. {@link MergedOpenApiBaselineIT} is the stricter
 * exact comparison that guards refactorings; this one decides whether a change may ship in a minor version.
 */
class MergedOpenApiCompatibilityIT {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void noBreakingChangeSinceTheLastReleaseUnlessTheMajorVersionGoesUp() throws IOException {
        Release release = lastRelease(Path.of(System.getProperty("partybloc.merged-openapi.released")));
        String current = Files.readString(Path.of(System.getProperty("partybloc.merged-openapi")));
        ApiVersion currentVersion = versionOf(current);

        assertFalse(
                currentVersion.compareTo(release.version()) < 0,
                "info.version " + currentVersion + " is lower than the last release's " + release.version());
        if (currentVersion.major() > release.version().major()) {
            return; // a new major version may break clients: that is what its number tells them
        }
        ChangedOpenApi diff = OpenApiCompare.fromContents(release.document(), current);
        List<String> removedFields = RemovedResponseFields.in(diff);
        if (diff.isIncompatible() || !removedFields.isEmpty()) {
            fail("The merged OpenAPI document breaks clients of release " + release.version()
                    + ". Make the change compatible, or raise the major version of info.version"
                    + " (docs/api-conventions.md, \"Versioning and compatibility\").\n"
                    + (removedFields.isEmpty()
                            ? ""
                            : "\nResponse fields removed:\n  " + String.join("\n  ", removedFields) + "\n")
                    + "\nopenapi-diff reports:\n\n" + markdown(diff));
        }
    }

    @Test
    void releasesAreNamedByTheirOwnVersion() throws IOException {
        Path released = Path.of(System.getProperty("partybloc.merged-openapi.released"));
        List<Path> files = releaseFiles(released);
        assertTrue(!files.isEmpty(), "no released document in " + released);
        for (Path file : files) {
            assertEquals(
                    versionInName(file),
                    versionOf(Files.readString(file)),
                    file + ": the name and info.version differ");
        }
    }

    private Release lastRelease(Path released) throws IOException {
        Path last = releaseFiles(released).stream()
                .max(Comparator.comparing(MergedOpenApiCompatibilityIT::versionInName))
                .orElseThrow(() -> new AssertionError("no released document in " + released));
        return new Release(versionInName(last), Files.readString(last));
    }

    private static List<Path> releaseFiles(Path released) throws IOException {
        try (Stream<Path> files = Files.list(released)) {
            return files.filter(file -> file.toString().endsWith(".json")).toList();
        }
    }

    private static ApiVersion versionInName(Path file) {
        String name = file.getFileName().toString();
        return ApiVersion.parse(name.substring(0, name.length() - ".json".length()));
    }

    private ApiVersion versionOf(String document) throws IOException {
        return ApiVersion.parse(
                json.readTree(document).path("info").path("version").asText());
    }

    private static String markdown(ChangedOpenApi diff) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStreamWriter writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            new MarkdownRender().render(diff, writer);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private record Release(ApiVersion version, String document) {}

    /** {@code major.minor[.patch]}, as in {@code info.version}. */
    record ApiVersion(int major, int minor, int patch) implements Comparable<ApiVersion> {

        static ApiVersion parse(String text) {
            String[] parts = text.split("\\.");
            if (parts.length < 2 || parts.length > 3) {
                throw new IllegalArgumentException("not a major.minor[.patch] version: '" + text + "'");
            }
            return new ApiVersion(
                    Integer.parseInt(parts[0]),
                    Integer.parseInt(parts[1]),
                    parts.length == 3 ? Integer.parseInt(parts[2]) : 0);
        }

        @Override
        public int compareTo(ApiVersion other) {
            return Comparator.comparingInt(ApiVersion::major)
                    .thenComparingInt(ApiVersion::minor)
                    .thenComparingInt(ApiVersion::patch)
                    .compare(this, other);
        }

        @Override
        public String toString() {
            return major + "." + minor + (patch == 0 ? "" : "." + patch);
        }
    }
}
