package vn.partybloc.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * "Today" is the date where the Bloc is, from the injected clock (platform {@code ClockProducer}), in the services and
 * in their tests alike: nothing asks the JVM's default zone, which is UTC on most servers and CI machines and turns the
 * date seven hours early.
 */
class OneClockTest {

    private static final Pattern DEFAULT_ZONE = Pattern.compile(
            "\\b(LocalDate|LocalDateTime|ZonedDateTime|Year|YearMonth)\\.now\\(\\)|ZoneId\\.systemDefault\\(\\)");

    @Test
    void theTestsDoNotAskTheJvmsDefaultZoneEither() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of(".."))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")
                            && f.toString().contains("/src/test/java/")
                            && !f.toString().contains("/target/"))
                    .toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (DEFAULT_ZONE.matcher(lines.get(i)).find()) {
                        found.add(file + ":" + (i + 1));
                    }
                }
            }
        }
        assertTrue(
                found.isEmpty(), "ask LocalDate.now(clock) or BlocZone.today() instead:\n" + String.join("\n", found));
    }

    @Test
    void theServicesDoNotAskTheJvmsDefaultZoneForToday() {
        JavaClasses everything = new ClassFileImporter().importPackages("vn.partybloc");
        noClasses()
                .should()
                .callMethod(LocalDate.class, "now")
                .orShould()
                .callMethod(LocalDateTime.class, "now")
                .orShould()
                .callMethod(ZonedDateTime.class, "now")
                .orShould()
                .callMethod(Year.class, "now")
                .orShould()
                .callMethod(YearMonth.class, "now")
                .orShould()
                .callMethod(ZoneId.class, "systemDefault")
                .because("today is asked of the Bloc's clock: LocalDate.now(clock)")
                .check(everything);
    }
}
