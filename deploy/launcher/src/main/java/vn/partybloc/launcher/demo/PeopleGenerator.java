package vn.partybloc.launcher.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The Bloc's people: 14,357 members over the active cells (20 in each grassroots cell, the rest spread over the
 * subordinate cells), and the 2020–2025 committees of the 122 grassroots organizations with 1,017 distinct committee
 * members (45 doctors = 4.42%, 434 masters = 42.67%, 8 associate professors; all full members). Only grassroots-level
 * committees are made, so member-service's statistics of the Bloc (every committee of the subtree) count exactly the
 * article's 1,017.
 */
final class PeopleGenerator {

    static final int MEMBERS = 14_357;
    static final int DOCTORS = 45;
    static final int MASTERS = 434;
    static final int ASSOCIATE_PROFESSORS = 8;
    static final LocalDate CONGRESS = LocalDate.of(2020, 8, 15);
    static final int GRASSROOTS_ADDITIONS = 143;
    static final int CELL_COMMITTEE_SECRETARIES = 42;
    static final int CELL_COMMITTEE_DEPUTIES = 27;
    static final int CELL_COMMITTEE_ADDITIONS = 195;
    private static final LocalDate START = RegisterHistory.START;
    private static final int PER_GRASSROOTS_CELL = 20;
    private static final List<String> COMMITTEE_KINDS =
            List.of("EXECUTIVE_COMMITTEE", "STANDING_COMMITTEE", "INSPECTION_COMMITTEE", "CELL_COMMITTEE");

    private static final String[] FAMILY = {
        "Nguyễn", "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Huỳnh", "Hoàng", "Võ", "Phan",
        "Trương", "Bùi", "Đặng", "Đỗ", "Ngô", "Hồ", "Dương", "Đinh", "Lâm", "Châu", "Mai", "Tạ"
    };
    private static final String[] MIDDLE_MALE = {
        "Văn", "Văn", "Hữu", "Minh", "Thanh", "Quốc", "Đức", "Công", "Hoàng", "Ngọc", "Tấn"
    };
    private static final String[] MIDDLE_FEMALE = {
        "Thị", "Thị", "Thị", "Ngọc", "Thanh", "Kim", "Thu", "Mỹ", "Hồng", "Bích"
    };
    private static final String[] GIVEN_MALE = {
        "An", "Bình", "Cường", "Dũng", "Đạt", "Hải", "Hiếu", "Hùng", "Khang", "Khoa", "Long", "Minh", "Nam", "Nghĩa",
        "Phong", "Phúc", "Quang", "Sơn", "Tài", "Thành", "Thắng", "Toàn", "Trí", "Trung", "Tuấn", "Việt", "Vinh"
    };
    private static final String[] GIVEN_FEMALE = {
        "Anh", "Châu", "Diễm", "Dung", "Giang", "Hà", "Hạnh", "Hằng", "Hoa", "Hương", "Lan", "Linh", "Loan", "Mai",
        "Ngân", "Nhung", "Oanh", "Phương", "Quyên", "Thảo", "Thủy", "Trang", "Tuyết", "Vân", "Yến"
    };
    private static final String[] DISTRICTS = {
        "thành phố Cao Lãnh",
        "thành phố Sa Đéc",
        "thành phố Hồng Ngự",
        "huyện Tân Hồng",
        "huyện Tam Nông",
        "huyện Thanh Bình",
        "huyện Tháp Mười",
        "huyện Cao Lãnh",
        "huyện Lấp Vò",
        "huyện Lai Vung",
        "huyện Châu Thành"
    };
    private static final String[] JOBS = {
        "Chuyên viên",
        "Chuyên viên chính",
        "Kế toán viên",
        "Kỹ sư",
        "Bác sĩ",
        "Giảng viên",
        "Phóng viên",
        "Nhân viên",
        "Cán sự",
        "Thanh tra viên"
    };

    /** The members on the register at the start of the history that the received organizations bring in. */
    static final int RECEIVED_MEMBERS = 74;

    /**
     * The generated people, committees and seats; {@code leavers}: the members of the organizations that leave the
     * Bloc during the history, in their cells of 2020 (not on the register at the end).
     */
    record People(List<Member> members, List<Committee> committees, List<Position> positions, List<Member> leavers) {}

    /** A member while being generated: committee members get their qualifications after everyone is placed. */
    private static final class Draft {
        int serial;
        String nationalId;
        String fullName;
        String gender;
        LocalDate dateOfBirth;
        LocalDate admittedOn;
        LocalDate fullMemberSince;
        String cell;
        String degree;
        String academicTitle;
        String politicalTheory;
        String stateManagement;
        String jobTitle;
        boolean headsHostUnit;
        boolean committee;
        LocalDate receivedOn;
        String origin;

        boolean fullBefore(LocalDate day) {
            return fullMemberSince != null && !fullMemberSince.isAfter(day);
        }
    }

    /** A seat; {@code startsOn} null for one elected at the 2020 congress, else the day it was added. */
    private record Seat(Draft person, String kind, String position, LocalDate startsOn) {

        Seat(Draft person, String kind, String position) {
            this(person, kind, position, null);
        }

        Seat addedOn(LocalDate day) {
            return new Seat(person, kind, position, day);
        }
    }

    private final Random random;
    private final ActiveTree tree;
    private final CellOrigins origins;
    private final Map<String, Integer> leaving;
    private final List<Draft> people = new ArrayList<>();
    /** Seats per grassroots organization (by code), in the order of its committees. */
    private final Map<String, List<Seat>> seats = new LinkedHashMap<>();

    /**
     * @param origins how the cells of the final tree came to be
     * @param leaving how many members each cell that leaves the Bloc during the history has at its start
     */
    PeopleGenerator(Random random, ActiveTree tree, CellOrigins origins, Map<String, Integer> leaving) {
        this.random = random;
        this.tree = tree;
        this.origins = origins;
        this.leaving = leaving;
    }

    People generate() {
        List<String> grassrootsCells = codes(tree.active("GRASSROOTS_CELL"));
        List<String> subordinateCells = codes(tree.active("SUBORDINATE_CELL"));
        List<String> committees = codes(tree.active("GRASSROOTS_COMMITTEE"));
        Map<String, List<Draft>> byCell = new LinkedHashMap<>();
        for (String cell : grassrootsCells) {
            byCell.put(cell, members(cell, PER_GRASSROOTS_CELL));
        }
        int rest = MEMBERS - PER_GRASSROOTS_CELL * grassrootsCells.size();
        for (int i = 0; i < subordinateCells.size(); i++) {
            int size = rest / subordinateCells.size() + (i < rest % subordinateCells.size() ? 1 : 0);
            byCell.put(subordinateCells.get(i), members(subordinateCells.get(i), size));
        }
        settle(byCell);
        seat(committees, grassrootsCells, subordinateCells, byCell);
        qualifyCommitteeMembers();
        addInThePeriod(committees, subordinateCells, byCell);
        List<Member> members = people.stream().map(PeopleGenerator::member).toList();
        List<Member> leavers = new ArrayList<>();
        leaving.forEach((cell, count) -> leavers.addAll(
                leavers(cell, count).stream().map(PeopleGenerator::member).toList()));
        return new People(members, committees(), positions(), leavers);
    }

    /**
     * Exchanges the cells of a few members so that the history can carry everyone to where they are at the end: a cell
     * the history makes holds only members on the register at its start (carried into it) or admitted once it exists,
     * and the received organizations hold exactly {@link #RECEIVED_MEMBERS} members admitted before their receipt
     * (brought in with them), the others admitted there later. Each exchange is with a member of a cell of 2020, of
     * the same grassroots organization when there is one.
     */
    private void settle(Map<String, List<Draft>> byCell) {
        Map<String, List<String>> receivedCells = new LinkedHashMap<>();
        byCell.keySet().stream()
                .filter(cell -> origins.of(cell).how() == CellOrigins.How.RECEIVED)
                .forEach(cell -> receivedCells
                        .computeIfAbsent(tree.grassrootsOf(cell), k -> new ArrayList<>())
                        .add(cell));
        // First the committee members each received organization needs (rules 4 and 5: a cell committee from 9 full
        // members), then anyone, up to the 74.
        List<Draft> brought = new ArrayList<>();
        for (Map.Entry<String, List<String>> organization : receivedCells.entrySet()) {
            int need = tree.type(organization.getKey()).equals("GRASSROOTS_CELL") ? 9 : 10;
            List<Draft> candidates = new ArrayList<>(drafts(byCell, organization.getValue(), this::committeeCandidate));
            while (candidates.size() < need) {
                Draft later = drafts(byCell, organization.getValue(), d -> !broughtIn(d))
                        .get(0);
                candidates.add(
                        swap(byCell, later, p -> p.admittedOn.isBefore(START) && p.fullBefore(CONGRESS.minusYears(1))));
            }
            brought.addAll(candidates.subList(0, need));
        }
        List<String> allReceived =
                receivedCells.values().stream().flatMap(List::stream).toList();
        List<Draft> others = new ArrayList<>(drafts(byCell, allReceived, d -> broughtIn(d) && !brought.contains(d)));
        while (brought.size() < RECEIVED_MEMBERS && !others.isEmpty()) {
            brought.add(others.remove(0));
        }
        for (Draft d : others) {
            LocalDate since = origins.of(d.cell).since();
            swap(byCell, d, p -> !p.admittedOn.isBefore(since));
        }
        while (brought.size() < RECEIVED_MEMBERS) {
            Draft later = drafts(byCell, allReceived, d -> !broughtIn(d)).get(0);
            brought.add(swap(byCell, later, p -> p.admittedOn.isBefore(START)));
        }
        for (Draft d : brought) {
            CellOrigins.Origin origin = origins.of(d.cell);
            d.receivedOn = origin.since();
            d.origin = origin.origin();
        }
        for (Map.Entry<String, List<Draft>> cell : byCell.entrySet()) {
            CellOrigins.Origin origin = origins.of(cell.getKey());
            if (origin.how() == CellOrigins.How.BASELINE || origin.how() == CellOrigins.How.RECEIVED) {
                continue;
            }
            for (Draft d : List.copyOf(cell.getValue())) {
                if (!d.admittedOn.isBefore(START) && d.admittedOn.isBefore(origin.since())) {
                    swap(byCell, d, p -> p.admittedOn.isBefore(START));
                }
            }
        }
    }

    /** Admitted before their (received) cell came into the Bloc: brought in with it. */
    private boolean broughtIn(Draft d) {
        return d.admittedOn.isBefore(origins.of(d.cell).since());
    }

    private boolean committeeCandidate(Draft d) {
        return broughtIn(d) && d.fullBefore(CONGRESS.minusYears(1));
    }

    private static List<Draft> drafts(Map<String, List<Draft>> byCell, List<String> cells, Predicate<Draft> which) {
        return cells.stream()
                .flatMap(cell -> byCell.get(cell).stream())
                .filter(which)
                .toList();
    }

    private final Set<Draft> exchanged = new HashSet<>();

    /** Exchanges the cells of {@code d} and the first member of a cell of 2020 that fits; answers that member. */
    private Draft swap(Map<String, List<Draft>> byCell, Draft d, Predicate<Draft> fits) {
        String grassroots = tree.grassrootsOf(d.cell);
        Draft partner = partner(byCell, fits, cell -> tree.grassrootsOf(cell).equals(grassroots));
        if (partner == null) {
            partner = partner(byCell, fits, cell -> true);
        }
        if (partner == null) {
            throw new IllegalStateException("no member of a cell of 2020 to exchange with " + d.nationalId);
        }
        List<Draft> mine = byCell.get(d.cell);
        List<Draft> theirs = byCell.get(partner.cell);
        mine.set(mine.indexOf(d), partner);
        theirs.set(theirs.indexOf(partner), d);
        String cell = d.cell;
        d.cell = partner.cell;
        partner.cell = cell;
        exchanged.add(d);
        exchanged.add(partner);
        return partner;
    }

    private Draft partner(Map<String, List<Draft>> byCell, Predicate<Draft> fits, Predicate<String> where) {
        for (Map.Entry<String, List<Draft>> cell : byCell.entrySet()) {
            if (origins.of(cell.getKey()).how() != CellOrigins.How.BASELINE || !where.test(cell.getKey())) {
                continue;
            }
            for (Draft p : cell.getValue()) {
                if (!exchanged.contains(p) && fits.test(p)) {
                    return p;
                }
            }
        }
        return null;
    }

    /**
     * 10 distinct people per grassroots committee (an executive of 10 with a standing committee of the secretary, 2
     * deputies and 1 member, and an inspection committee whose chair and vice chair sit on the executive), 3 per
     * grassroots cell (its cell committee: secretary, deputy, member): 93 × 10 + 29 × 3 = 1,017 grassroots committee
     * members, every one of them with a seat on the executive or the cell committee (an inspection-only seat would not
     * count).
     */
    private void seat(
            List<String> committees,
            List<String> grassrootsCells,
            List<String> subordinateCells,
            Map<String, List<Draft>> byCell) {
        Map<String, List<String>> cellsOf = new LinkedHashMap<>();
        for (String cell : subordinateCells) {
            cellsOf.computeIfAbsent(tree.grassrootsOf(cell), k -> new ArrayList<>())
                    .add(cell);
        }
        for (String committee : committees) {
            List<Draft> chosen = choose(
                    cellsOf.getOrDefault(committee, List.of()).stream()
                            .map(byCell::get)
                            .toList(),
                    10);
            List<Seat> list = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                list.add(new Seat(chosen.get(i), "EXECUTIVE_COMMITTEE", leader(i)));
            }
            list.add(new Seat(chosen.get(3), "INSPECTION_COMMITTEE", "CHAIR"));
            list.add(new Seat(chosen.get(9), "INSPECTION_COMMITTEE", "VICE_CHAIR"));
            for (int i = 0; i < 4; i++) {
                list.add(new Seat(chosen.get(i), "STANDING_COMMITTEE", leader(i)));
            }
            seats.put(committee, list);
        }
        for (String cell : grassrootsCells) {
            List<Draft> chosen = choose(List.of(byCell.get(cell)), 3);
            seats.put(
                    cell,
                    List.of(
                            new Seat(chosen.get(0), "CELL_COMMITTEE", "SECRETARY"),
                            new Seat(chosen.get(1), "CELL_COMMITTEE", "DEPUTY_SECRETARY"),
                            new Seat(chosen.get(2), "CELL_COMMITTEE", "MEMBER")));
        }
    }

    private static String leader(int rank) {
        return rank == 0 ? "SECRETARY" : rank < 3 ? "DEPUTY_SECRETARY" : "MEMBER";
    }

    /** Exactly 45 doctors (8 of them associate professors) and 434 masters among the 1,017; some head their host unit. */
    private void qualifyCommitteeMembers() {
        List<Draft> committeePeople =
                new ArrayList<>(people.stream().filter(p -> p.committee).toList());
        Collections.shuffle(committeePeople, random);
        for (int i = 0; i < committeePeople.size(); i++) {
            Draft p = committeePeople.get(i);
            p.degree = i < DOCTORS
                    ? "DOCTOR"
                    : i < DOCTORS + MASTERS ? "MASTER" : random.nextInt(10) < 7 ? "BACHELOR" : "ENGINEER";
            p.academicTitle = i < ASSOCIATE_PROFESSORS ? "ASSOCIATE_PROFESSOR" : null;
            p.politicalTheory = random.nextInt(100) < 45 ? "ADVANCED" : "INTERMEDIATE";
            p.stateManagement = random.nextBoolean() ? "Chuyên viên chính" : "Chuyên viên";
        }
        seats.values()
                .forEach(list -> list.stream()
                        .filter(s ->
                                s.position().equals("SECRETARY") && !s.kind().equals("STANDING_COMMITTEE"))
                        .forEach(s -> s.person().headsHostUnit = random.nextInt(100) < 60));
    }

    /**
     * The posts filled between 2021 and 06/2023 (the article's 143 and 195), all before the ratings of 2022 are decided
     * so that they find every committee member seated: {@value #GRASSROOTS_ADDITIONS} people added to the grassroots
     * committees (one executive member of each, then inspection chairs and vice chairs, whose 2020 seats start later
     * instead: the 1,017 are the same people at the end), and the committees of {@value #CELL_COMMITTEE_SECRETARIES}
     * subordinate cells formed in the period, each a secretary, a deputy in {@value #CELL_COMMITTEE_DEPUTIES} of them,
     * and 3 members ({@value #CELL_COMMITTEE_ADDITIONS} people, none of them on a grassroots committee). A cell committee
     * needs 9 full members in the cell (rule 4), so only cells that have them on the day get one.
     */
    private void addInThePeriod(
            List<String> committees, List<String> subordinateCells, Map<String, List<Draft>> byCell) {
        int added = 0;
        for (int i = 0; i < committees.size(); i++) {
            int executiveMember = 4 + i % 5; // a plain executive seat: not on the standing or inspection committee
            List<Seat> list = seats.get(committees.get(i));
            list.set(executiveMember, list.get(executiveMember).addedOn(addition(added++)));
        }
        for (int i = 0; added < GRASSROOTS_ADDITIONS; i++) {
            int inspection = 10 + i % 2; // the chair, then the vice chair
            List<Seat> list = seats.get(committees.get(i));
            list.set(inspection, list.get(inspection).addedOn(addition(added++)));
        }
        int formed = 0;
        int next = 0;
        for (int i = 0; i < subordinateCells.size() && formed < CELL_COMMITTEE_SECRETARIES; i++) {
            String cell = subordinateCells.get(i);
            LocalDate on = LocalDate.of(2021, 2, 1).plusDays(formed * 15L);
            boolean deputy = formed < CELL_COMMITTEE_DEPUTIES;
            int size = deputy ? 5 : 4;
            List<Draft> free = byCell.get(cell).stream()
                    .filter(p -> !p.committee && p.fullBefore(on))
                    .limit(size)
                    .toList();
            long fullMembers =
                    byCell.get(cell).stream().filter(p -> p.fullBefore(on)).count();
            if (i < next
                    || origins.of(cell).how() != CellOrigins.How.BASELINE
                    || fullMembers < 9
                    || free.size() < size) {
                continue;
            }
            List<Seat> list = new ArrayList<>();
            list.add(new Seat(free.get(0), "CELL_COMMITTEE", "SECRETARY", on));
            if (deputy) {
                list.add(new Seat(free.get(1), "CELL_COMMITTEE", "DEPUTY_SECRETARY", on));
            }
            free.subList(deputy ? 2 : 1, size).forEach(p -> list.add(new Seat(p, "CELL_COMMITTEE", "MEMBER", on)));
            free.forEach(p -> p.committee = true);
            seats.put(cell, list);
            formed++;
            next = i + 20; // spread over the Bloc
        }
        if (formed < CELL_COMMITTEE_SECRETARIES) {
            throw new IllegalStateException("only " + formed + " subordinate cells can form a committee");
        }
    }

    private static LocalDate addition(int k) {
        return LocalDate.of(2021, 1, 15).plusDays(k * 4L);
    }

    /** Picks {@code count} full members (full since a year before the 2020 congress), one cell after another. */
    private static List<Draft> choose(List<List<Draft>> cells, int count) {
        List<Draft> chosen = new ArrayList<>();
        for (int round = 0; chosen.size() < count && round < 40; round++) {
            for (List<Draft> cell : cells) {
                if (chosen.size() == count) {
                    break;
                }
                cell.stream()
                        .filter(p -> !p.committee && p.fullBefore(CONGRESS.minusYears(1)))
                        .findFirst()
                        .ifPresent(p -> {
                            p.committee = true;
                            chosen.add(p);
                        });
            }
        }
        if (chosen.size() < count) {
            throw new IllegalStateException("not enough full members for a committee");
        }
        return chosen;
    }

    /** Members of a cell that leaves the Bloc during the history: all admitted before it begins. */
    private List<Draft> leavers(String cell, int count) {
        List<Draft> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Draft p = new Draft();
            boolean female = random.nextInt(100) < 46;
            p.gender = female ? "FEMALE" : "MALE";
            p.fullName = pick(FAMILY) + " " + pick(female ? MIDDLE_FEMALE : MIDDLE_MALE) + " "
                    + pick(female ? GIVEN_FEMALE : GIVEN_MALE);
            p.dateOfBirth = LocalDate.of(1966 + random.nextInt(32), 1 + random.nextInt(12), 1 + random.nextInt(28));
            p.serial = people.size() + 1;
            p.nationalId = String.format("087%d%02d%06d", female ? 1 : 0, p.dateOfBirth.getYear() % 100, p.serial);
            LocalDate earliest = p.dateOfBirth.plusYears(22);
            long span = START.minusDays(1).toEpochDay() - earliest.toEpochDay();
            p.admittedOn = LocalDate.ofEpochDay(earliest.toEpochDay() + (long) (random.nextDouble() * span));
            p.fullMemberSince = p.admittedOn.plusYears(1);
            p.cell = cell;
            p.degree = random.nextInt(100) < 70 ? "BACHELOR" : "ENGINEER";
            p.politicalTheory = random.nextInt(100) < 70 ? "ELEMENTARY" : "INTERMEDIATE";
            p.jobTitle = pick(JOBS);
            people.add(p);
            list.add(p);
        }
        return list;
    }

    private List<Draft> members(String cell, int count) {
        List<Draft> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Draft p = draft(random, people.size() + 1, cell);
            people.add(p);
            list.add(p);
        }
        return list;
    }

    /**
     * A member of the register as the demo makes them, the {@code serial}-th: also the scale benchmark's members
     * ({@link ScaleProvince}), so that both search and count the same kind of names and qualifications.
     */
    static Member registerMember(Random random, int serial, String cell) {
        return member(draft(random, serial, cell));
    }

    private static Draft draft(Random random, int serial, String cell) {
        Draft p = new Draft();
        boolean female = random.nextInt(100) < 46;
        p.gender = female ? "FEMALE" : "MALE";
        p.fullName = pick(random, FAMILY) + " " + pick(random, female ? MIDDLE_FEMALE : MIDDLE_MALE) + " "
                + pick(random, female ? GIVEN_FEMALE : GIVEN_MALE);
        p.dateOfBirth = LocalDate.of(1966 + random.nextInt(34), 1 + random.nextInt(12), 1 + random.nextInt(28));
        p.serial = serial;
        // 087 (Đồng Tháp), century and gender (0/1 for the 1900s), the two digits of the birth year, a serial.
        p.nationalId = String.format("087%d%02d%06d", female ? 1 : 0, p.dateOfBirth.getYear() % 100, p.serial);
        if (random.nextInt(100) < 3) {
            p.admittedOn = LocalDate.of(2023, 1 + random.nextInt(6), 1 + random.nextInt(28));
        } else {
            LocalDate earliest = p.dateOfBirth.plusYears(22);
            long span = LocalDate.of(2022, 6, 1).toEpochDay() - earliest.toEpochDay();
            p.admittedOn = LocalDate.ofEpochDay(earliest.toEpochDay() + (long) (random.nextDouble() * span));
            p.fullMemberSince = p.admittedOn.plusYears(1);
        }
        p.cell = cell;
        int d = random.nextInt(100);
        p.degree = d < 8
                ? "SECONDARY"
                : d < 18 ? "COLLEGE" : d < 73 ? "BACHELOR" : d < 85 ? "ENGINEER" : d < 98 ? "MASTER" : "DOCTOR";
        int t = random.nextInt(100);
        p.politicalTheory = t < 60 ? "ELEMENTARY" : t < 90 ? "INTERMEDIATE" : "ADVANCED";
        p.jobTitle = pick(random, JOBS);
        return p;
    }

    private String pick(String[] values) {
        return pick(random, values);
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** The row as sent; the columns that only vary with the serial are derived from it. */
    private static Member member(Draft p) {
        int serial = p.serial;
        return new Member(
                p.fullName,
                p.dateOfBirth,
                p.gender,
                serial % 40 == 0 ? "Khmer" : serial % 53 == 0 ? "Hoa" : "Kinh",
                serial % 31 == 0 ? "Phật giáo Hòa Hảo" : null,
                "tỉnh Đồng Tháp, " + DISTRICTS[serial % DISTRICTS.length],
                p.nationalId,
                String.format("87%08d", serial),
                String.format("ĐT-%06d", serial),
                p.admittedOn,
                p.fullMemberSince,
                p.cell,
                "12/12",
                p.degree,
                p.academicTitle,
                p.politicalTheory,
                p.stateManagement,
                serial % 3 == 0 ? "Tiếng Anh B1" : "Tiếng Anh A2",
                "Ứng dụng CNTT cơ bản",
                p.committee && p.headsHostUnit ? "Thủ trưởng đơn vị" : p.jobTitle,
                p.headsHostUnit,
                (serial % 900 + 1) + "-QĐ/ĐUK",
                p.receivedOn,
                p.origin);
    }

    /** Each grassroots organization's committees of the 2020–2025 term, in the order they are created. */
    private List<Committee> committees() {
        List<Committee> committees = new ArrayList<>();
        seats.forEach((organization, list) -> {
            for (String kind : COMMITTEE_KINDS) {
                if (list.stream().anyMatch(s -> s.kind().equals(kind))) {
                    committees.add(new Committee(organization, kind, 2020, 2025));
                }
            }
        });
        return committees;
    }

    /**
     * Every seat: elected at the 2020 congress by one resolution per grassroots organization, or added in the period by
     * a decision of its own.
     */
    private List<Position> positions() {
        List<Position> positions = new ArrayList<>();
        int decision = 0;
        int additions = 0;
        for (Map.Entry<String, List<Seat>> entry : seats.entrySet()) {
            decision++;
            for (Seat s : entry.getValue()) {
                boolean elected = s.startsOn() == null;
                positions.add(new Position(
                        s.person().nationalId,
                        entry.getKey(),
                        s.kind(),
                        s.position(),
                        elected ? "ELECTED" : "APPOINTED",
                        elected ? decision + "-NQ/ĐH" : (++additions) + "-QĐ/ĐU",
                        elected ? CONGRESS : s.startsOn(),
                        elected ? CONGRESS : s.startsOn()));
            }
        }
        return positions;
    }

    private static List<String> codes(List<ActiveTree.Node> nodes) {
        return nodes.stream().map(ActiveTree.Node::code).toList();
    }
}
