package vn.partybloc.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Problem texts are bundle keys, never English sentences, so that a Vietnamese console never gets an English detail:
 * every key a module's code uses has an English and a Vietnamese text in a bundle the module sees, every bundle key is
 * used, and every detail given to a problem factory is a literal key. The same for Bean Validation messages.
 */
class ProblemTextsTest {

    /** A module, its own problem bundle, and the modules whose bundles it also sees. */
    private record Module(String dir, String bundle, List<String> sees) {}

    private static final List<Module> MODULES = List.of(
            new Module("platform", "platform-problems", List.of()),
            new Module("contracts", "contracts-problems", List.of("platform")),
            new Module("organization-service", "problems", List.of("contracts", "platform")),
            new Module("member-service", "problems", List.of("contracts", "platform")),
            new Module("training-service", "problems", List.of("contracts", "platform")),
            new Module("evaluation-service", "problems", List.of("contracts", "platform")));

    private static final String KEY = "[a-z0-9][a-z0-9.-]*";
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");
    private static final Pattern NOUN = Pattern.compile("(?:notFound|noun)\\(\\s*\"(" + KEY + ")\"");
    /** Where a problem's text is given: the next argument must be a literal key. */
    private static final List<Pattern> DETAIL_POSITIONS = List.of(
            Pattern.compile("ProblemException\\.rule\\(\\s*[\\w.]+\\s*,\\s*"),
            Pattern.compile("ProblemException\\.(?:conflict|forbidden)\\(\\s*"),
            Pattern.compile("ProblemException\\.invalid\\(\\s*(?:\"[^\"]*\"|[^,\"]+)\\s*,\\s*"),
            Pattern.compile("new ProblemException\\(\\s*ProblemType\\.\\w+\\s*,\\s*(?=\")"),
            Pattern.compile("new ProblemMessage\\(\\s*"),
            Pattern.compile("new (?:ProblemException\\.)?FieldIssue\\(\\s*[^,]+,\\s*(?=\")"));

    /** The factories themselves pass keys through; every other file must name them literally. */
    private static final Set<String> FACTORIES = Set.of("ProblemException.java", "ProblemMessages.java");

    private static final Pattern VALIDATION_MESSAGE = Pattern.compile("message\\s*=\\s*\"([^\"]*)\"");

    @Test
    void everyDetailIsALiteralKeyWithTextsInBothLanguages() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Module module : MODULES) {
            Map<String, String> english = visible(module, "");
            Map<String, String> vietnamese = visible(module, "_vi");
            for (Path file : sources(module.dir())) {
                if (FACTORIES.contains(file.getFileName().toString())) {
                    continue;
                }
                String code = Files.readString(file);
                for (Pattern position : DETAIL_POSITIONS) {
                    Matcher m = position.matcher(code);
                    while (m.find()) {
                        Matcher literal =
                                Pattern.compile("\\G\"(" + KEY + ")\"").matcher(code);
                        String at = file.getFileName() + ":" + line(code, m.start());
                        if (!literal.find(m.end())) {
                            problems.add(at + " gives a problem text that is not a literal key: "
                                    + code.substring(m.start(), Math.min(code.length(), m.end() + 60))
                                            .replaceAll("\\s+", " "));
                            continue;
                        }
                        requireTexts(literal.group(1), english, vietnamese, at, problems);
                    }
                }
                Matcher noun = NOUN.matcher(code);
                while (noun.find()) {
                    requireTexts(
                            "noun." + noun.group(1),
                            english,
                            vietnamese,
                            file.getFileName() + ":" + line(code, noun.start()),
                            problems);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void bothLanguagesHaveTheSameKeysAndEveryKeyIsUsed() throws IOException {
        List<String> problems = new ArrayList<>();
        Set<String> everyLiteral = new HashSet<>();
        for (Module module : MODULES) {
            everyLiteral.addAll(literals(module.dir()));
        }
        for (Module module : MODULES) {
            Properties english = bundle(module.dir(), module.bundle(), "");
            Properties vietnamese = bundle(module.dir(), module.bundle(), "_vi");
            Set<String> englishKeys = english.stringPropertyNames();
            Set<String> vietnameseKeys = vietnamese.stringPropertyNames().stream()
                    .filter(k -> !k.startsWith("enum."))
                    .collect(Collectors.toSet());
            diff(englishKeys, vietnameseKeys)
                    .forEach(k -> problems.add(module.dir() + ": no Vietnamese text for " + k));
            diff(vietnameseKeys, englishKeys).forEach(k -> problems.add(module.dir() + ": no English text for " + k));
            // A shared bundle's key may be used by any module; a service's only by its own code.
            Set<String> used = module.dir().endsWith("-service") ? literals(module.dir()) : everyLiteral;
            for (String key : englishKeys) {
                boolean isUsed = used.contains(key)
                        || (key.startsWith("title.") && typeNames().contains(key.substring(6)))
                        || (key.startsWith("noun.") && used.contains(key.substring(5)));
                if (!isUsed) {
                    problems.add(module.dir() + ": " + key + " is used nowhere");
                }
            }
            for (Properties p : List.of(english, vietnamese)) {
                for (String key : p.stringPropertyNames()) {
                    String text = p.getProperty(key);
                    try {
                        new MessageFormat(text);
                    } catch (IllegalArgumentException e) {
                        problems.add(module.dir() + ": " + key + " is not a MessageFormat pattern: " + text);
                    }
                    if (text.replace("''", "").replaceAll("'[{}]'", "").contains("'")) {
                        problems.add(module.dir() + ": " + key + " has a lone apostrophe (write ''): " + text);
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void beanValidationMessagesAreKeysWithTextsInBothLanguages() throws IOException {
        List<String> problems = new ArrayList<>();
        Properties platformEnglish = bundle("platform", "ContributorValidationMessages", "");
        Properties platformVietnamese = bundle("platform", "ContributorValidationMessages", "_vi");
        for (Module module : MODULES) {
            Properties english = bundle(module.dir(), "ValidationMessages", "");
            Properties vietnamese = bundle(module.dir(), "ValidationMessages", "_vi");
            diff(english.stringPropertyNames(), vietnamese.stringPropertyNames())
                    .forEach(k -> problems.add(module.dir() + ": no Vietnamese validation text for " + k));
            for (Path file : sources(module.dir())) {
                String code = Files.readString(file);
                Matcher m = VALIDATION_MESSAGE.matcher(code);
                while (m.find()) {
                    String message = m.group(1);
                    String at = file.getFileName() + ":" + line(code, m.start());
                    if (!message.matches("\\{[\\w.-]+}")) {
                        problems.add(at + " has a literal validation message: " + message);
                        continue;
                    }
                    String key = message.substring(1, message.length() - 1);
                    boolean inBoth = (english.containsKey(key) && vietnamese.containsKey(key))
                            || (platformEnglish.containsKey(key) && platformVietnamese.containsKey(key));
                    if (!inBoth) {
                        problems.add(at + ": " + key + " lacks an English or a Vietnamese text");
                    }
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    private static void requireTexts(
            String key, Map<String, String> english, Map<String, String> vietnamese, String at, List<String> problems) {
        if (!english.containsKey(key)) {
            problems.add(at + ": " + key + " has no English text");
        }
        if (!vietnamese.containsKey(key)) {
            problems.add(at + ": " + key + " has no Vietnamese text");
        }
    }

    private static Map<String, String> visible(Module module, String suffix) throws IOException {
        Map<String, String> texts = new java.util.HashMap<>();
        for (String dir : module.sees()) {
            Module seen = MODULES.stream()
                    .filter(m -> m.dir().equals(dir))
                    .findFirst()
                    .orElseThrow();
            bundle(seen.dir(), seen.bundle(), suffix).forEach((k, v) -> texts.put((String) k, (String) v));
        }
        bundle(module.dir(), module.bundle(), suffix).forEach((k, v) -> texts.put((String) k, (String) v));
        return texts;
    }

    private static Properties bundle(String dir, String name, String suffix) throws IOException {
        Properties properties = new Properties();
        Path file = Path.of("..", dir, "src", "main", "resources", name + suffix + ".properties");
        if (Files.exists(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
        }
        return properties;
    }

    private static List<Path> sources(String dir) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("..", dir, "src", "main", "java"))) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
    }

    private static Set<String> literals(String dir) throws IOException {
        Set<String> literals = new HashSet<>();
        for (Path file : sources(dir)) {
            Matcher m = LITERAL.matcher(Files.readString(file));
            while (m.find()) {
                literals.add(m.group(1));
            }
        }
        return literals;
    }

    private static Set<String> typeNames() {
        return Stream.of(vn.partybloc.platform.web.ProblemType.values())
                .map(Enum::name)
                .collect(Collectors.toSet());
    }

    private static Set<String> diff(Set<String> a, Set<String> b) {
        Set<String> d = new TreeSet<>(a);
        d.removeAll(b);
        return d;
    }

    private static int line(String code, int offset) {
        return (int) code.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
