package vn.partybloc.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.partybloc.launcher.demo.DemoDataset;
import vn.partybloc.launcher.demo.DemoSeed;
import vn.partybloc.launcher.demo.Member;

/**
 * The journeys admit members into the stack that holds the demo Bloc: an id the demo already registered gets a 409
 * (FaultsIT's writers once met 14 of them in one CI run and failed).
 */
class NationalIdsTest {

    @Test
    void noJourneyIdIsOneTheDemoRegisters() {
        DemoDataset demo = DemoDataset.generate(DemoSeed.DEMO);
        Set<String> demoIds = new HashSet<>();
        Stream.of(demo.members(), demo.register().atStart(), demo.register().afterHistory())
                .flatMap(members -> members.stream().map(Member::nationalId))
                .forEach(demoIds::add);
        // A run's sequence may start anywhere; from 0 it covers every serial the demo gives, 30,000 ids a year.
        Set<String> met = new TreeSet<>();
        for (int year = 1940; year <= 2008; year++) {
            for (boolean female : new boolean[] {false, true}) {
                NationalIds run = new NationalIds(0);
                for (int i = 0; i < 30_000; i++) {
                    String id = run.following(female, year);
                    if (demoIds.contains(id)) {
                        met.add(id);
                    }
                }
            }
        }
        assertTrue(demoIds.size() > 14_000, "the demo's register was not generated: " + demoIds.size());
        assertEquals(
                0,
                met.size(),
                "journey ids the demo already registers, e.g. "
                        + met.stream().limit(5).toList());
    }

    @Test
    void theDigitsAgreeWithTheGenderAndTheBirthYear() {
        NationalIds run = new NationalIds(999_999);
        assertEquals(NationalIds.PROVINCE + "090999999", run.following(false, 1990));
        assertEquals(NationalIds.PROVINCE + "386000000", run.following(true, 2086));
        assertEquals(NationalIds.PROVINCE + "101000001", run.following(true, 1901));
    }
}
