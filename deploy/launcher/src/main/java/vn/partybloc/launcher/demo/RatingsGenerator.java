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
 * The ratings of 2022, shaped like the article's yearly results: over 90% of grassroots organizations and of their
 * leading committees good or better, about 20% excellent; 95% of members good or better with the excellent ones kept
 * within 20% of those rated good or better in every grassroots organization (rule 10); committee members all at least
 * complete. One decision per group of subjects; who in a group gets which level is drawn at random. Only members on
 * the register in 2022 are rated for it: the 386 admitted in 2023 are not (evaluation-service refuses them with
 * REV-SUBJECT-IN-PERIOD), and the organizations and committee members rated all existed in 2022.
 */
final class RatingsGenerator {

    static final int YEAR = 2022;
    private static final LocalDate DECIDED_ON = LocalDate.of(YEAR, 12, 20);
    private static final LocalDate LAST_DAY = LocalDate.of(YEAR, 12, 31);

    /** A subject to rate and the group it is rated in: its kind, or for members their grassroots organization. */
    private record Subject(String kind, Rating.Subject subject, String group) {}

    private final Random random;

    RatingsGenerator(Random random) {
        this.random = random;
    }

    List<Rating> generate(ActiveTree tree, List<Member> members, List<Committee> committees, List<Position> positions) {
        Map<String, List<Subject>> groups = new LinkedHashMap<>();
        for (Subject s : subjects(tree, members, committees, positions)) {
            groups.computeIfAbsent(s.group(), k -> new ArrayList<>()).add(s);
        }
        List<Rating> ratings = new ArrayList<>();
        int decision = 0;
        for (Map.Entry<String, List<Subject>> group : groups.entrySet()) {
            List<Subject> rated = new ArrayList<>(group.getValue());
            Collections.shuffle(rated, random);
            List<String> levels = levels(group.getKey(), rated.size());
            decision++;
            for (int i = 0; i < rated.size(); i++) {
                ratings.add(new Rating(
                        rated.get(i).kind(), rated.get(i).subject(), levels.get(i), decision + "-QĐ/ĐUK", DECIDED_ON));
            }
        }
        return ratings;
    }

    /** Grassroots organizations, their host units and leading committees; then members and committee members. */
    private static List<Subject> subjects(
            ActiveTree tree, List<Member> members, List<Committee> committees, List<Position> positions) {
        Set<String> committeeKeys = committees.stream()
                .map(c -> c.organizationCode() + "/" + c.kind())
                .collect(Collectors.toSet());
        List<Subject> subjects = new ArrayList<>();
        for (ActiveTree.Node org : tree.grassroots()) {
            OrganizationSubject organization = new OrganizationSubject(org.code());
            subjects.add(new Subject("GRASSROOTS_ORGANIZATION", organization, "GRASSROOTS_ORGANIZATION"));
            subjects.add(new Subject("HOST_UNIT", organization, "HOST_UNIT"));
            String leading = committeeKeys.contains(org.code() + "/EXECUTIVE_COMMITTEE")
                    ? "EXECUTIVE_COMMITTEE"
                    : "CELL_COMMITTEE";
            if (committeeKeys.contains(org.code() + "/" + leading)) {
                subjects.add(new Subject(
                        "COLLECTIVE_COMMITTEE", new CommitteeSubject(org.code(), leading), "COLLECTIVE_COMMITTEE"));
            }
        }
        Set<String> committeeMembers =
                positions.stream().map(Position::memberNationalId).collect(Collectors.toSet());
        for (Member m : members) {
            if (m.admittedOn().isAfter(LAST_DAY)) {
                continue; // not yet a member in the year rated
            }
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
