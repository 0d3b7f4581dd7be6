package vn.partybloc.launcher.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import vn.partybloc.launcher.demo.CellMeetings.Attendance;
import vn.partybloc.launcher.demo.CellMeetings.Following;
import vn.partybloc.launcher.demo.CellMeetings.Meeting;
import vn.partybloc.launcher.demo.CellMeetings.Month;

/**
 * The cells' meetings of the twelve months up to the article's date (07/2022 – 06/2023): most cells meet every month,
 * a few leave gaps; cells that meet online mostly do; a thematic meeting in most quarters; most members present, a few
 * absent with leave, and a handful absent without leave in three months of 2023 (the three-month rule). Each
 * subordinate cell is followed by a member of its grassroots committee's executive committee, who attends some of its
 * regular meetings.
 */
final class MeetingsGenerator {

    static final YearMonth FIRST = YearMonth.of(2022, 7);
    static final YearMonth LAST = YearMonth.from(DemoDataset.AS_OF);

    private static final List<String> LEAVE_REASONS =
            List.of("Đi công tác", "Nghỉ ốm", "Nghỉ phép", "Đi học tập trung", "Việc gia đình");

    private final Random random;
    private final ActiveTree tree;
    private final OrganizationPresence presence;
    private final Map<String, Boolean> meetsOnline;

    MeetingsGenerator(Random random, ActiveTree tree, OrganizationPresence presence, OrganizationHistory history) {
        this.random = random;
        this.tree = tree;
        this.presence = presence;
        this.meetsOnline = new HashMap<>();
        history.baseline()
                .forEach(f -> meetsOnline.put(
                        f.organization().code(), f.organization().meetsOnline()));
        history.changes().forEach(change -> {
            if (change instanceof OrganizationChange.Founding f) {
                meetsOnline.put(f.organization().code(), f.organization().meetsOnline());
            }
        });
    }

    record Generated(List<CellMeetings> meetings, List<Following> followings) {}

    Generated generate(List<Member> members, List<Position> positions) {
        Map<String, List<Member>> byCell = members.stream()
                .sorted(Comparator.comparing(Member::nationalId))
                .collect(Collectors.groupingBy(Member::cellCode, LinkedHashMap::new, Collectors.toList()));
        List<Following> followings = followings(positions);
        Map<String, String> followerOf = new HashMap<>();
        followings.forEach(f -> followerOf.put(f.cellCode(), f.memberNationalId()));
        Map<String, String> cellSecretary = new HashMap<>();
        positions.stream()
                .filter(p -> p.committeeKind().equals("CELL_COMMITTEE")
                        && p.position().equals("SECRETARY"))
                .forEach(p -> cellSecretary.put(p.organizationCode(), p.memberNationalId()));
        List<CellMeetings> meetings = new ArrayList<>();
        for (ActiveTree.Node cell : cells()) {
            List<Member> cellMembers = byCell.getOrDefault(cell.code(), List.of());
            if (cellMembers.isEmpty()) {
                continue;
            }
            meetings.add(cell(
                    cell.code(),
                    cellMembers,
                    cellSecretary.get(cell.code()),
                    followerOf.get(cell.code()),
                    meetsOnline.getOrDefault(cell.code(), false)));
        }
        return new Generated(meetings, followings);
    }

    /** The active cells at the article's date, grassroots cells first, by code. */
    private List<ActiveTree.Node> cells() {
        List<ActiveTree.Node> cells = new ArrayList<>(tree.active("GRASSROOTS_CELL"));
        cells.addAll(tree.active("SUBORDINATE_CELL"));
        return cells;
    }

    /** Each subordinate cell followed by an executive committee member of its grassroots committee, in turn. */
    private List<Following> followings(List<Position> positions) {
        Map<String, List<String>> executives = new HashMap<>();
        positions.stream()
                .filter(p -> p.committeeKind().equals("EXECUTIVE_COMMITTEE")
                        && !p.position().equals("SECRETARY"))
                .forEach(p -> executives
                        .computeIfAbsent(p.organizationCode(), code -> new ArrayList<>())
                        .add(p.memberNationalId()));
        Map<String, Integer> turn = new HashMap<>();
        List<Following> followings = new ArrayList<>();
        for (ActiveTree.Node cell : tree.active("SUBORDINATE_CELL")) {
            String grassroots = tree.grassrootsOf(cell.code());
            List<String> candidates = executives.get(grassroots);
            if (candidates == null || candidates.isEmpty()) {
                continue;
            }
            int next = turn.merge(grassroots, 1, Integer::sum) - 1;
            followings.add(new Following(candidates.get(next % candidates.size()), grassroots, cell.code()));
        }
        return followings;
    }

    private CellMeetings cell(String code, List<Member> members, String secretary, String follower, boolean online) {
        LocalDate joined = presence.joinedOn(code);
        List<YearMonth> months = new ArrayList<>();
        for (YearMonth m = FIRST; !m.isAfter(LAST); m = m.plusMonths(1)) {
            if (!joined.isAfter(m.atDay(1))) {
                months.add(m);
            }
        }
        Set<YearMonth> gaps = new HashSet<>();
        if (random.nextInt(100) < 5) {
            int count = 1 + random.nextInt(3);
            for (int i = 0; i < count && !months.isEmpty(); i++) {
                gaps.add(months.get(random.nextInt(months.size())));
            }
        }
        Set<YearMonth> thematic = new HashSet<>();
        Map<Integer, List<YearMonth>> quarters =
                months.stream().collect(Collectors.groupingBy(m -> m.getYear() * 4 + (m.getMonthValue() - 1) / 3));
        quarters.keySet().stream().sorted().forEach(q -> {
            List<YearMonth> inQuarter = quarters.get(q);
            if (random.nextInt(100) < 85) {
                thematic.add(inQuarter.get(random.nextInt(inQuarter.size())));
            }
        });
        Map<String, Set<YearMonth>> chronic = new HashMap<>();
        List<YearMonth> of2023 =
                months.stream().filter(m -> m.getYear() == 2023).toList();
        for (Member member : members) {
            if (of2023.size() >= 3 && random.nextInt(1000) < 3) {
                List<YearMonth> shuffled = new ArrayList<>(of2023);
                java.util.Collections.shuffle(shuffled, random);
                chronic.put(member.nationalId(), new HashSet<>(shuffled.subList(0, 3)));
            }
        }
        String chair = secretary != null ? secretary : members.get(0).nationalId();
        String minutesKeeper = members.stream()
                .map(Member::nationalId)
                .filter(id -> !id.equals(chair))
                .findFirst()
                .orElse(chair);
        List<Month> recorded = new ArrayList<>();
        for (YearMonth month : months) {
            if (gaps.contains(month)) {
                continue;
            }
            List<Meeting> meetings = new ArrayList<>();
            LocalDate regularDay = month.atDay(3 + random.nextInt(10));
            List<String> superiors = follower != null && random.nextInt(100) < 20 ? List.of(follower) : List.of();
            meetings.add(meeting(
                    regularDay,
                    "REGULAR",
                    format(online),
                    "Sinh hoạt chi bộ thường kỳ tháng " + month.getMonthValue() + "/" + month.getYear(),
                    chair,
                    minutesKeeper,
                    members,
                    chronic,
                    month,
                    superiors));
            if (thematic.contains(month)) {
                meetings.add(meeting(
                        month.atDay(18 + random.nextInt(9)),
                        "THEMATIC",
                        format(online),
                        "Sinh hoạt chuyên đề: học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh",
                        chair,
                        minutesKeeper,
                        members,
                        Map.of(),
                        month,
                        List.of()));
            }
            recorded.add(new Month(month, meetings));
        }
        return new CellMeetings(code, recorded);
    }

    private Meeting meeting(
            LocalDate heldOn,
            String kind,
            String format,
            String topic,
            String chair,
            String minutesKeeper,
            List<Member> members,
            Map<String, Set<YearMonth>> chronic,
            YearMonth month,
            List<String> superiors) {
        List<Attendance> attendance = new ArrayList<>();
        for (Member member : members) {
            if (member.admittedOn().isAfter(heldOn)) {
                continue;
            }
            String id = member.nationalId();
            if (chronic.getOrDefault(id, Set.of()).contains(month)) {
                attendance.add(new Attendance(id, "ABSENT_WITHOUT_LEAVE", null));
                continue;
            }
            int roll = random.nextInt(1000);
            if (roll < 935) {
                attendance.add(new Attendance(id, "PRESENT", null));
            } else if (roll < 995) {
                attendance.add(new Attendance(
                        id, "ABSENT_WITH_LEAVE", LEAVE_REASONS.get(random.nextInt(LEAVE_REASONS.size()))));
            } else {
                attendance.add(new Attendance(id, "ABSENT_WITHOUT_LEAVE", null));
            }
        }
        int quality = random.nextInt(100);
        return new Meeting(
                heldOn,
                kind,
                format,
                topic,
                chair,
                minutesKeeper,
                quality < 70 ? "GOOD" : quality < 95 ? "FAIR" : "AVERAGE",
                attendance,
                superiors);
    }

    private String format(boolean online) {
        int roll = random.nextInt(100);
        if (online) {
            return roll < 70 ? "ONLINE" : "HYBRID";
        }
        return roll < 97 ? "IN_PERSON" : "HYBRID";
    }
}
