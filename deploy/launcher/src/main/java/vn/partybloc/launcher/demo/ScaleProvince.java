package vn.partybloc.launcher.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The scale benchmark's province (issue 15): one oversized Bloc under one root, in the demo's proportions (a grassroots
 * organization of about a hundred members; three in four of them committees with a dozen cells, one in ten of those
 * with sub-committees; the rest grassroots cells), each grassroots organization with its committee of the 2020–2025
 * term and a rating of 2022 for it and its members. Generated from the seed alone; grassroots organizations come in
 * the order they are loaded, so that a first part of them is a smaller province of the same shape.
 */
public record ScaleProvince(NewOrganization root, List<Grassroots> grassroots) {

    public static final String ROOT_CODE = "SCALE";
    public static final LocalDate FOUNDED = LocalDate.of(2020, 1, 1);
    public static final LocalDate CONGRESS = LocalDate.of(2020, 8, 15);
    public static final int RATED_YEAR = 2022;
    public static final LocalDate RATED_ON = LocalDate.of(2022, 12, 20);

    /**
     * One grassroots organization and what hangs from it. {@code organizations}: itself first, then its sub-committees,
     * then its cells (each after its parent).
     */
    public record Grassroots(
            List<NewOrganization> organizations,
            List<Member> members,
            Committee committee,
            List<Position> positions,
            List<Rating> ratings) {

        public NewOrganization organization() {
            return organizations.get(0);
        }
    }

    public ScaleProvince {
        grassroots = List.copyOf(grassroots);
    }

    /** A province of at least {@code members} members (the last grassroots organization is completed). */
    public static ScaleProvince generate(int members, long seed) {
        Random random = new Random(seed);
        NewOrganization root = new NewOrganization(
                ROOT_CODE, "Đảng bộ Khối (quy mô đo tải)", "BLOC_COMMITTEE", null, "Tỉnh ủy", "AGENCY", false);
        List<Grassroots> grassroots = new ArrayList<>();
        int made = 0;
        while (made < members) {
            Grassroots g = grassroots(random, grassroots.size() + 1, made);
            grassroots.add(g);
            made += g.members().size();
        }
        return new ScaleProvince(root, grassroots);
    }

    public int members() {
        return grassroots.stream().mapToInt(g -> g.members().size()).sum();
    }

    public int organizations() {
        return 1 + grassroots.stream().mapToInt(g -> g.organizations().size()).sum();
    }

    /** The first grassroots organizations that hold at least {@code members} members, the rest after them. */
    public List<List<Grassroots>> split(int members) {
        int made = 0;
        int cut = 0;
        while (cut < grassroots.size() && made < members) {
            made += grassroots.get(cut++).members().size();
        }
        return List.of(grassroots.subList(0, cut), grassroots.subList(cut, grassroots.size()));
    }

    private static Grassroots grassroots(Random random, int number, int serialsBefore) {
        String code = String.format("G%05d", number);
        String hostKind = random.nextInt(100) < 60 ? "AGENCY" : "PUBLIC_SERVICE_UNIT";
        List<NewOrganization> organizations = new ArrayList<>();
        List<Member> members = new ArrayList<>();
        boolean committee = random.nextInt(100) < 76;
        if (committee) {
            organizations.add(
                    organization(code, "Đảng bộ cơ sở " + number, "GRASSROOTS_COMMITTEE", ROOT_CODE, hostKind));
            int subCommittees = random.nextInt(10) == 0 ? 1 + random.nextInt(3) : 0;
            for (int s = 1; s <= subCommittees; s++) {
                String sub = code + "-B" + s;
                organizations.add(organization(sub, "Đảng bộ bộ phận " + s, "SUB_COMMITTEE", code, hostKind));
                cells(sub, 3 + random.nextInt(6), hostKind, organizations);
            }
            cells(code, 4 + random.nextInt(17), hostKind, organizations);
            for (NewOrganization o : organizations) {
                if (o.type().equals("SUBORDINATE_CELL")) {
                    addMembers(random, o.code(), 4 + random.nextInt(11), serialsBefore, members);
                }
            }
        } else {
            organizations.add(organization(code, "Chi bộ cơ sở " + number, "GRASSROOTS_CELL", ROOT_CODE, hostKind));
            addMembers(random, code, 10 + random.nextInt(21), serialsBefore, members);
        }
        Committee board = new Committee(code, committee ? "EXECUTIVE_COMMITTEE" : "CELL_COMMITTEE", 2020, 2025);
        List<Position> positions = positions(board, members, number);
        return new Grassroots(organizations, members, board, positions, ratings(code, members, number));
    }

    private static NewOrganization organization(String code, String name, String type, String parent, String host) {
        return new NewOrganization(code, name, type, parent, "Đơn vị " + code, host, false);
    }

    private static void cells(String parent, int count, String host, List<NewOrganization> into) {
        for (int c = 1; c <= count; c++) {
            into.add(organization(parent + "-C" + c, "Chi bộ " + c, "SUBORDINATE_CELL", parent, host));
        }
    }

    private static void addMembers(Random random, String cell, int count, int serialsBefore, List<Member> into) {
        for (int i = 0; i < count; i++) {
            into.add(PeopleGenerator.registerMember(random, serialsBefore + into.size() + 1, cell));
        }
    }

    /**
     * The committee elected at the 2020 congress from members who were full members by then: seven seats on an
     * executive committee, a secretary and a deputy on a grassroots cell's committee (a cell committee's ordinary
     * seats need more full members than a small cell has).
     */
    private static List<Position> positions(Committee board, List<Member> members, int number) {
        List<Member> eligible =
                members.stream().filter(m -> m.isFullMemberOn(CONGRESS)).toList();
        List<String> seats = board.kind().equals("EXECUTIVE_COMMITTEE")
                ? List.of("SECRETARY", "DEPUTY_SECRETARY", "MEMBER", "MEMBER", "MEMBER", "MEMBER", "MEMBER")
                : List.of("SECRETARY", "DEPUTY_SECRETARY");
        List<Position> positions = new ArrayList<>();
        for (int i = 0; i < Math.min(seats.size(), eligible.size()); i++) {
            positions.add(new Position(
                    eligible.get(i).nationalId(),
                    board.organizationCode(),
                    board.kind(),
                    seats.get(i),
                    "ELECTED",
                    number + "-NQ/ĐH",
                    CONGRESS,
                    CONGRESS));
        }
        return positions;
    }

    /**
     * The ratings of {@link #RATED_YEAR}: the organization, and each member admitted before that year, about one in
     * eight excellent, nineteen in twenty good or better, so that rule 10's cap (excellent at most a fifth of good) holds
     * in each grassroots organization.
     */
    private static List<Rating> ratings(String code, List<Member> members, int number) {
        String decision = number + "-QĐ/ĐU";
        List<Rating> ratings = new ArrayList<>();
        ratings.add(new Rating(
                RATED_YEAR,
                "GRASSROOTS_ORGANIZATION",
                new Rating.OrganizationSubject(code),
                number % 5 == 0 ? "EXCELLENT" : "GOOD",
                decision,
                RATED_ON));
        List<Member> rated = members.stream()
                .filter(m -> m.admittedOn().getYear() < RATED_YEAR)
                .toList();
        int goodOrBetter = (int) Math.round(rated.size() * 0.95);
        int excellent = goodOrBetter / 7;
        for (int i = 0; i < rated.size(); i++) {
            ratings.add(new Rating(
                    RATED_YEAR,
                    "MEMBER",
                    new Rating.MemberSubject(rated.get(i).nationalId()),
                    i < excellent ? "EXCELLENT" : i < goodOrBetter ? "GOOD" : "COMPLETE",
                    decision,
                    RATED_ON));
        }
        return ratings;
    }
}
