package vn.partybloc.launcher.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.partybloc.launcher.demo.ScaleProvince.Grassroots;

/** The scale benchmark's province is one Bloc of the model's shape, loadable in order, and the size it was asked for. */
class ScaleProvinceTest {

    private static final int MEMBERS = 55_000;
    private static final ScaleProvince PROVINCE = ScaleProvince.generate(MEMBERS, 7);

    /** Domain rule 3, as organization-service enforces it. */
    private static final Map<String, Set<String>> CHILDREN = Map.of(
            "BLOC_COMMITTEE", Set.of("GRASSROOTS_COMMITTEE", "GRASSROOTS_CELL"),
            "GRASSROOTS_COMMITTEE", Set.of("SUB_COMMITTEE", "SUBORDINATE_CELL"),
            "SUB_COMMITTEE", Set.of("SUBORDINATE_CELL"));

    @Test
    void holdsTheMembersAskedForInTheDemosProportions() {
        int largestGrassroots = PROVINCE.grassroots().stream()
                .mapToInt(g -> g.members().size())
                .max()
                .orElseThrow();
        assertTrue(PROVINCE.members() >= MEMBERS && PROVINCE.members() < MEMBERS + largestGrassroots);
        double membersPerGrassroots =
                (double) PROVINCE.members() / PROVINCE.grassroots().size();
        double membersPerOrganization = (double) PROVINCE.members() / PROVINCE.organizations();
        // The demo: 14,357 members, 122 grassroots organizations, 1,251 organizations.
        assertTrue(membersPerGrassroots > 80 && membersPerGrassroots < 130, "per grassroots " + membersPerGrassroots);
        assertTrue(
                membersPerOrganization > 7 && membersPerOrganization < 13,
                "per organization " + membersPerOrganization);
    }

    @Test
    void eachOrganizationComesAfterAParentItMaySitUnder() {
        Map<String, String> types = new HashMap<>();
        types.put(PROVINCE.root().code(), PROVINCE.root().type());
        for (Grassroots g : PROVINCE.grassroots()) {
            for (NewOrganization o : g.organizations()) {
                String parentType = types.get(o.parentCode());
                assertTrue(
                        parentType != null && CHILDREN.get(parentType).contains(o.type()),
                        o.code() + " under " + o.parentCode());
                assertEquals(null, types.put(o.code(), o.type()), "code " + o.code() + " twice");
            }
        }
    }

    @Test
    void membersAreDistinctAndInCellsOfTheirGrassroots() {
        Set<String> nationalIds = new HashSet<>();
        for (Grassroots g : PROVINCE.grassroots()) {
            Set<String> cells = g.organizations().stream()
                    .filter(o -> o.type().endsWith("CELL"))
                    .map(NewOrganization::code)
                    .collect(Collectors.toSet());
            for (Member m : g.members()) {
                assertTrue(nationalIds.add(m.nationalId()), "national id " + m.nationalId() + " twice");
                assertTrue(cells.contains(m.cellCode()), m.nationalId() + " in " + m.cellCode());
            }
        }
    }

    @Test
    void committeesSeatFullMembersOfTheirOwnGrassroots() {
        for (Grassroots g : PROVINCE.grassroots()) {
            Map<String, Member> members = g.members().stream().collect(Collectors.toMap(Member::nationalId, m -> m));
            assertTrue(!g.positions().isEmpty(), g.organization().code() + " has no committee members");
            for (Position p : g.positions()) {
                Member seated = members.get(p.memberNationalId());
                assertTrue(seated != null && seated.isFullMemberOn(ScaleProvince.CONGRESS), p.toString());
                assertEquals(g.committee().kind(), p.committeeKind());
            }
        }
    }

    @Test
    void ratesEachGrassrootsAndItsMembersOnceWithinTheExcellentCap() {
        for (Grassroots g : PROVINCE.grassroots()) {
            List<Rating> members = g.ratings().stream()
                    .filter(r -> r.subjectKind().equals("MEMBER"))
                    .toList();
            long admittedBefore = g.members().stream()
                    .filter(m -> m.admittedOn().getYear() < ScaleProvince.RATED_YEAR)
                    .count();
            assertEquals(
                    admittedBefore,
                    members.stream().map(Rating::subject).distinct().count());
            assertEquals(admittedBefore + 1, g.ratings().size());
            long excellent =
                    members.stream().filter(r -> r.level().equals("EXCELLENT")).count();
            long good = members.stream().filter(r -> r.level().equals("GOOD")).count();
            assertTrue(excellent * 5 <= good, g.organization().code() + ": " + excellent + " excellent, " + good);
        }
    }

    @Test
    void aTenthIsAPrefixOfTheSameProvince() {
        List<List<Grassroots>> parts = PROVINCE.split(MEMBERS / 10);
        int first = parts.get(0).stream().mapToInt(g -> g.members().size()).sum();
        assertTrue(first >= MEMBERS / 10 && first < MEMBERS / 10 + 200, "first part " + first);
        assertEquals(
                PROVINCE.grassroots().size(), parts.get(0).size() + parts.get(1).size());
        assertEquals(PROVINCE.grassroots().get(0), parts.get(0).get(0));
        assertEquals(
                PROVINCE.grassroots().get(3),
                ScaleProvince.generate(MEMBERS, 7).grassroots().get(3));
    }
}
