package vn.partybloc.launcher.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import vn.partybloc.launcher.demo.Rating.CommitteeSubject;
import vn.partybloc.launcher.demo.Rating.MemberSubject;
import vn.partybloc.launcher.demo.Rating.OrganizationSubject;

/**
 * The ratings of 2020, 2021 and 2022, shaped like the article's yearly results: over 90% of grassroots organizations
 * and of the collective committees good or better, about 20% excellent; 95% of members good or better with the excellent
 * ones kept within 20% of those rated good or better in every grassroots organization (rule 10); committee members all
 * at least complete. One decision per group of subjects and year; who in a group gets which level is drawn at random.
 * Each year rates whom it covered, as evaluation-service dates them (REV-SUBJECT-IN-PERIOD): the organizations that were
 * part of the Bloc during it (in 2020 and 2021 also the 54 that left in 2021; from 2021 the 4 received that year), the
 * members on the register during it (in 2020 and 2021 also the 2,366 who left with their organizations; not those
 * admitted or received later), and the people holding a seat during it on a committee of such an organization.
 */
final class RatingsGenerator {

    static final List<Integer> YEARS = List.of(2020, 2021, 2022);

    /** The committees rated as collectives: the executive committees and the cell committees. */
    private static final Set<String> COLLECTIVES = Set.of("EXECUTIVE_COMMITTEE", "CELL_COMMITTEE");

    /** A subject to rate and the group it is rated in: its kind, or for members their grassroots organization. */
    private record Subject(String kind, Rating.Subject subject, String group) {}

    private final Random random;

    RatingsGenerator(Random random) {
        this.random = random;
    }

    List<Rating> generate(OrganizationPresence presence, ActiveTree tree, PeopleGenerator.People people) {
        List<Rating> ratings = new ArrayList<>();
        for (int year : YEARS) {
            ratings.addAll(ratings(year, subjects(year, presence, tree, people)));
        }
        return ratings;
    }

    private List<Rating> ratings(int year, List<Subject> subjects) {
        Map<String, List<Subject>> groups = new LinkedHashMap<>();
        for (Subject s : subjects) {
            groups.computeIfAbsent(s.group(), k -> new ArrayList<>()).add(s);
        }
        LocalDate decidedOn = LocalDate.of(year, 12, 20);
        List<Rating> ratings = new ArrayList<>();
        int decision = 0;
        for (Map.Entry<String, List<Subject>> group : groups.entrySet()) {
            List<Subject> rated = new ArrayList<>(group.getValue());
            Collections.shuffle(rated, random);
            List<String> levels = levels(group.getKey(), rated.size());
            decision++;
            for (int i = 0; i < rated.size(); i++) {
                ratings.add(new Rating(
                        year,
                        rated.get(i).kind(),
                        rated.get(i).subject(),
                        levels.get(i),
                        decision + "-QĐ/ĐUK",
                        decidedOn));
            }
        }
        return ratings;
    }

    /**
     * Grassroots organizations and their host units; the executive and cell committees someone sat on during the year
     * (those of the grassroots organizations, and of the subordinate cells that had formed one by then); then members
     * and committee members.
     */
    private static List<Subject> subjects(
            int year, OrganizationPresence presence, ActiveTree tree, PeopleGenerator.People people) {
        List<Subject> subjects = new ArrayList<>();
        for (String code : presence.grassroots(year)) {
            OrganizationSubject organization = new OrganizationSubject(code);
            subjects.add(new Subject("GRASSROOTS_ORGANIZATION", organization, "GRASSROOTS_ORGANIZATION"));
            subjects.add(new Subject("HOST_UNIT", organization, "HOST_UNIT"));
        }
        LocalDate lastDay = LocalDate.of(year, 12, 31);
        List<Position> seated = people.positions().stream()
                .filter(p -> !p.startsOn().isAfter(lastDay) && presence.during(p.organizationCode(), year))
                .toList();
        Set<String> seatedCommittees = seated.stream()
                .map(p -> p.organizationCode() + "/" + p.committeeKind())
                .collect(Collectors.toSet());
        for (Committee c : people.committees()) {
            if (COLLECTIVES.contains(c.kind()) && seatedCommittees.contains(c.organizationCode() + "/" + c.kind())) {
                subjects.add(new Subject(
                        "COLLECTIVE_COMMITTEE",
                        new CommitteeSubject(c.organizationCode(), c.kind()),
                        "COLLECTIVE_COMMITTEE"));
            }
        }
        Set<String> committeeMembers =
                seated.stream().map(Position::memberNationalId).collect(Collectors.toSet());
        List<Member> onTheRegister = new ArrayList<>();
        people.leavers().stream()
                .filter(m -> presence.leftOn(m.cellCode()).isAfter(LocalDate.of(year, 1, 1)))
                .forEach(onTheRegister::add);
        people.members().stream()
                .filter(m -> !(m.isReceived() ? m.receivedOn() : m.admittedOn()).isAfter(lastDay))
                .forEach(onTheRegister::add);
        for (Member m : onTheRegister) {
            MemberSubject member = new MemberSubject(m.nationalId());
            subjects.add(new Subject("MEMBER", member, "MEMBER/" + tree.grassrootsOf(m.cellCode())));
            if (committeeMembers.contains(m.nationalId())) {
                subjects.add(new Subject("COMMITTEE_MEMBER", member, "COMMITTEE_MEMBER"));
            }
        }
        return subjects;
    }

    /** The levels of a group of n, best first. */
    private static List<String> levels(String group, int n) {
        int excellent;
        int goodOrBetter;
        int complete;
        if (group.startsWith("MEMBER/")) {
            goodOrBetter = (int) Math.round(n * 0.95);
            excellent = goodOrBetter / 5;
            complete = n - goodOrBetter - (n >= 50 ? 1 : 0);
        } else if (group.equals("HOST_UNIT")) {
            goodOrBetter = (int) Math.ceil(n * 0.77);
            excellent = n / 5;
            complete = n - goodOrBetter - Math.max(1, n / 40);
        } else if (group.equals("COMMITTEE_MEMBER")) {
            goodOrBetter = (int) Math.ceil(n * 0.96);
            excellent = (int) (n * 0.19);
            complete = n - goodOrBetter;
        } else {
            goodOrBetter = (int) Math.ceil(n * 0.918);
            excellent = (int) Math.round(n * 0.197);
            complete = n - goodOrBetter;
        }
        List<String> levels = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            levels.add(
                    i < excellent
                            ? "EXCELLENT"
                            : i < goodOrBetter ? "GOOD" : i < goodOrBetter + complete ? "COMPLETE" : "NOT_COMPLETE");
        }
        return levels;
    }
}
