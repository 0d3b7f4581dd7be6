package vn.partybloc.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.partybloc.platform.web.ProblemType;

/**
 * docs/problems.md is what a Vietnamese console and HR systems translate problems from: every problem type and every
 * rule id the code can answer with must have its row there, with a title or meaning in both languages. And every
 * rule id is named by some test of the services, so that no rule goes unchecked (issue 13 found seven).
 */
class ProblemCatalogueTest {

    private static final Path CATALOGUE = Path.of("..", "docs", "problems.md");
    private static final List<Class<?>> RULES = List.of(
            vn.partybloc.organization.domain.Rules.class,
            vn.partybloc.member.domain.Rules.class,
            vn.partybloc.training.domain.Rules.class,
            vn.partybloc.evaluation.domain.Rules.class);
    private static final Pattern RULE_ROW = Pattern.compile("^\\| `([A-Z]+(?:-[A-Z]+)+)` \\|");

    private static List<String> rows;

    @BeforeAll
    static void readCatalogue() throws IOException {
        rows = Files.readAllLines(CATALOGUE).stream()
                .filter(line -> line.startsWith("| `"))
                .toList();
    }

    @Test
    void everyProblemTypeHasARowWithBothTitles() {
        List<String> missing = new ArrayList<>();
        for (ProblemType type : ProblemType.values()) {
            Optional<String> row = row("| `" + type.uri() + "` |");
            if (row.isEmpty()
                    || !row.get().contains("| " + type.status() + " |")
                    || !row.get().contains("| " + type.title() + " |")
                    || cells(row.get()) < 6) {
                missing.add(type + " (" + type.uri() + ", " + type.status() + ", " + type.title() + ")");
            }
        }
        assertTrue(missing.isEmpty(), "problem types missing from " + CATALOGUE + ":\n" + String.join("\n", missing));
    }

    @Test
    void everyRuleIdHasARowWithItsMeaningInBothLanguages() {
        List<String> missing = new ArrayList<>();
        for (String id : ruleIds()) {
            Optional<String> row = row("| `" + id + "` |");
            if (row.isEmpty() || cells(row.get()) < 4) {
                missing.add(id);
            }
        }
        assertTrue(missing.isEmpty(), "rule ids missing from " + CATALOGUE + ":\n" + String.join("\n", missing));
    }

    @Test
    void everyRuleIdInTheCatalogueExistsInTheCode() {
        List<String> ids = ruleIds();
        List<String> stale = new ArrayList<>();
        for (String line : rows) {
            Matcher m = RULE_ROW.matcher(line);
            if (m.find() && !ids.contains(m.group(1))) {
                stale.add(m.group(1));
            }
        }
        assertTrue(stale.isEmpty(), "rule ids in " + CATALOGUE + " that no Rules class defines:\n" + stale);
    }

    @Test
    void everyRuleIdIsNamedInSomeServiceTest() {
        String tests = Stream.of("organization-service", "member-service", "training-service", "evaluation-service")
                .flatMap(service -> javaFiles(Path.of("..", service, "src", "test", "java")))
                .map(ProblemCatalogueTest::read)
                .collect(Collectors.joining("\n"));
        List<String> untested = ruleIds().stream()
                .filter(id -> !tests.contains("\"" + id + "\""))
                .toList();
        assertTrue(untested.isEmpty(), "rule ids that no service test names:\n" + untested);
    }

    private static Stream<Path> javaFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList().stream();
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

    private static Optional<String> row(String start) {
        return rows.stream().filter(line -> line.startsWith(start)).findFirst();
    }

    /** Non-empty cells of a table row. */
    private static long cells(String row) {
        return Arrays.stream(row.split("\\|"))
                .map(String::trim)
                .filter(c -> !c.isEmpty())
                .count();
    }

    private static List<String> ruleIds() {
        return RULES.stream()
                .flatMap(rules -> Stream.of(rules.getDeclaredFields()))
                .filter(f -> Modifier.isStatic(f.getModifiers()) && f.getType() == String.class)
                .map(ProblemCatalogueTest::value)
                .toList();
    }

    private static String value(Field field) {
        try {
            field.setAccessible(true);
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
