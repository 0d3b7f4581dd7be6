package vn.partybloc.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/security.md names the test that proves each check: every test it cites must exist and be a test (not a hook
 * or a helper), in the class named or the class it extends, so that the document cannot claim a check nothing runs.
 */
class SecurityDocumentTest {

    private static final Path ROOT = Path.of("..");
    private static final Path DOCUMENT = ROOT.resolve("docs/security.md");
    private static final Pattern CITED_METHOD = Pattern.compile("`([A-Z]\\w*(?:Test|IT))\\.([a-z]\\w*)`");
    private static final Pattern CITED_CLASS = Pattern.compile("`([A-Z]\\w*(?:Test|IT))`");
    private static final Pattern EXTENDS = Pattern.compile("class \\w+(?:<[^>]*>)? extends (\\w+)");

    private final Map<String, List<String>> sources = sourcesByClassName();

    @Test
    void everyCitedTestMethodExistsAndIsATest() {
        Set<String> missing = new TreeSet<>();
        Matcher cited = CITED_METHOD.matcher(document());
        int count = 0;
        while (cited.find()) {
            count++;
            if (!declaresTest(cited.group(1), cited.group(2))) {
                missing.add(cited.group(1) + "." + cited.group(2));
            }
        }
        assertTrue(count >= 30, "only " + count + " cited tests found: is the pattern still right?");
        assertTrue(
                missing.isEmpty(), "cited in " + DOCUMENT + " but not a test method:\n" + String.join("\n", missing));
    }

    @Test
    void everyCitedTestClassExists() {
        Set<String> missing = new TreeSet<>();
        Matcher cited = CITED_CLASS.matcher(document());
        while (cited.find()) {
            if (!sources.containsKey(cited.group(1))) {
                missing.add(cited.group(1));
            }
        }
        assertTrue(missing.isEmpty(), "cited in " + DOCUMENT + " but no such class:\n" + String.join("\n", missing));
    }

    /** In any class of that simple name (each service has a SecurityTest), or up its chain of superclasses. */
    private boolean declaresTest(String className, String method) {
        Pattern test = Pattern.compile("@(?:Test|ParameterizedTest|TestFactory|RepeatedTest|Property)\\b"
                + "(?:\\s*@\\w+(?:\\([^)]*\\))?)*\\s*(?:public\\s+)?void\\s+" + method + "\\s*\\(");
        for (String source : sources.getOrDefault(className, List.of())) {
            if (test.matcher(source).find()) {
                return true;
            }
            Matcher parent = EXTENDS.matcher(source);
            if (parent.find() && declaresTest(parent.group(1), method)) {
                return true;
            }
        }
        return false;
    }

    private static String document() {
        try {
            return Files.readString(DOCUMENT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The sources of every module, nested ones too ({@code deploy/launcher}, {@code clients/java}): its src folder
     * only, since target holds the running tests' databases and brokers.
     */
    private static Map<String, List<String>> sourcesByClassName() {
        try (Stream<Path> modules = Files.walk(ROOT, 2)) {
            return modules.filter(folder -> !folder.toString().contains("target")
                            && !folder.toString().contains("node_modules"))
                    .map(module -> module.resolve("src"))
                    .filter(Files::isDirectory)
                    .flatMap(SecurityDocumentTest::walk)
                    .filter(file -> file.toString().endsWith(".java"))
                    .collect(Collectors.groupingBy(
                            file -> file.getFileName().toString().replace(".java", ""),
                            Collectors.mapping(SecurityDocumentTest::read, Collectors.toList())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> walk(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
