package vn.partybloc.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The demo Bloc's people, generated from a fixed seed and loaded through the gateway with the public API: 14,357 members
 * spread over the active cells (member-service's CSV import, upsert by nationalId), the 2020–2025 committees of the 122
 * grassroots organizations with 1,017 distinct committee members (45 doctors = 4.42%, 434 masters = 42.67%, some associate
 * professors; all full members), and the training of 2021 → 06/2023 (4 party-work classes for 1,063 people, 2
 * inspection/supervision classes for 251, 3 propaganda classes for 380). Only grassroots-level committees are created, so
 * member-service's statistics of the Bloc (every committee of the subtree) count exactly the article's 1,017.
 */
final class DemoPeople {

    static final int MEMBERS = 14_357;
    static final int DOCTORS = 45;
    static final int MASTERS = 434;
    static final int ASSOCIATE_PROFESSORS = 8;
    private static final int PER_GRASSROOTS_CELL = 20;
    private static final int ROWS_PER_FILE = 5_000;
    private static final LocalDate CONGRESS = LocalDate.of(2020, 8, 15);
    private static final long SEED = 14_357L;

    private static final String MEMBER_HEADER =
            "fullName,birthName,dateOfBirth,gender,ethnicity,religion,hometown,nationalId,"
                    + "partyCardNumber,dossierNumber,admittedOn,fullMemberSince,organizationId,generalEducation,degree,academicTitle,"
                    + "politicalTheory,stateManagement,foreignLanguage,itSkill,jobTitle,headsHostUnit,decisionNumber";
    private static final String POSITION_HEADER =
            "memberNationalId,committeeId,position,appointment,decisionNumber,decisionDate,"
                    + "startsOn,endsOn,endReason";

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

    /** A generated member: what the CSV row says, and what the committees and courses need. */
    private static final class Person {
        String nationalId;
        String fullName;
        String gender;
        LocalDate dateOfBirth;
        LocalDate admittedOn;
        LocalDate fullMemberSince;
        UUID cell;
        String degree;
        String academicTitle;
        String politicalTheory;
        String stateManagement;
        String jobTitle;
        boolean headsHostUnit;
        boolean committee;
        UUID id;

        boolean fullBefore(LocalDate day) {
            return fullMemberSince != null && !fullMemberSince.isAfter(day);
        }
    }

    private record Org(UUID id, String code, String type, UUID parentId) {}

    private record Seat(Person person, String kind, String position) {}

    private final ApiClient api;
    private final UUID bloc;
    private final Random random = new Random(SEED);
    private final Map<UUID, Org> orgs = new LinkedHashMap<>();
    private final List<Person> people = new ArrayList<>();
    /** The committees of the 2020–2025 term by "organization id/kind". */
    private final Map<String, UUID> committeeIds = new HashMap<>();
    /** Seats per grassroots organization, in the order of its committees. */
    private final Map<Org, List<Seat>> seats = new LinkedHashMap<>();

    DemoPeople(ApiClient api, UUID bloc) {
        this.api = api;
        this.bloc = bloc;
    }

    void load() throws Exception {
        long began = System.nanoTime();
        readOrganizations();
        generate();
        Console.info(String.format(
                "  generated %,d members and %,d committee members from seed %d (%.1f s)",
                people.size(),
                people.stream().filter(p -> p.committee).count(),
                SEED,
                (System.nanoTime() - began) / 1e9));

        long t = System.nanoTime();
        awaitMemberServiceKnowsTheCells();
        importMembers();
        readMemberIds();
        Console.info(String.format("  members loaded in %.1f s", (System.nanoTime() - t) / 1e9));

        t = System.nanoTime();
        loadCommittees();
        Console.info(
                String.format("  committees and committee members loaded in %.1f s", (System.nanoTime() - t) / 1e9));
        JsonNode stats = api.get("/api/v1/members/statistics?orgId=" + bloc);
        Console.info("  member-service statistics of the Bloc: members "
                + stats.path("members").path("total").asLong()
                + ", committee members "
                + stats.path("committeeMembers").path("total").asLong()
                + ", doctors "
                + stats.path("committeeMembers").path("doctorShare").asDouble() + "%"
                + ", masters "
                + stats.path("committeeMembers").path("masterShare").asDouble() + "%"
                + ", associate professors "
                + stats.path("committeeMembers")
                        .path("byAcademicTitle")
                        .path("ASSOCIATE_PROFESSOR")
                        .asLong());

        t = System.nanoTime();
        new DemoTraining(api, bloc).load(trainees());
        Console.info(String.format("  training loaded in %.1f s", (System.nanoTime() - t) / 1e9));

        new DemoReviews(api, bloc).load(reviewSubjects());
    }

    // ---- organizations (read back from organization-service) ----

    private void readOrganizations() throws Exception {
        for (int page = 0; ; page++) {
            JsonNode body = api.get("/api/v1/organizations/" + bloc + "/subtree?status=ACTIVE&size=500&page=" + page);
            for (JsonNode o : body.path("items")) {
                UUID parent = o.hasNonNull("parentId")
                        ? UUID.fromString(o.path("parentId").asText())
                        : null;
                Org org = new Org(
                        UUID.fromString(o.path("id").asText()),
                        o.path("code").asText(),
                        o.path("type").asText(),
                        parent);
                orgs.put(org.id(), org);
            }
            if ((page + 1) * 500L >= body.path("total").asLong()) {
                break;
            }
        }
    }

    /** Only the demo's own organizations (codes GC001, GCL01, SUB01, SC0001), so later additions change nothing here. */
    private List<Org> demo(String type, String codePattern) {
        return orgs.values().stream()
                .filter(o -> o.type().equals(type) && o.code().matches(codePattern))
                .sorted((a, b) -> a.code().compareTo(b.code()))
                .toList();
    }

    private Org grassrootsOf(Org org) {
        Org o = org;
        while (o != null && !o.type().startsWith("GRASSROOTS_")) {
            o = o.parentId() == null ? null : orgs.get(o.parentId());
        }
        return o;
    }

    // ---- generation ----

    private void generate() {
        List<Org> grassrootsCells = demo("GRASSROOTS_CELL", "GCL\\d{2}");
        List<Org> subordinateCells = demo("SUBORDINATE_CELL", "SC\\d{4}");
        List<Org> committees = demo("GRASSROOTS_COMMITTEE", "GC\\d{3}");
        if (grassrootsCells.size() != 29 || committees.size() != 93 || subordinateCells.size() != 1117) {
            Console.warn("  the demo tree is not the article's (" + committees.size() + " committees, "
                    + grassrootsCells.size() + " grassroots cells, " + subordinateCells.size()
                    + " subordinate cells); figures will differ");
        }
        Map<UUID, List<Person>> byCell = new LinkedHashMap<>();
        for (Org cell : grassrootsCells) {
            byCell.put(cell.id(), members(cell.id(), PER_GRASSROOTS_CELL));
        }
        int rest = MEMBERS - PER_GRASSROOTS_CELL * grassrootsCells.size();
        for (int i = 0; i < subordinateCells.size(); i++) {
            int size = rest / subordinateCells.size() + (i < rest % subordinateCells.size() ? 1 : 0);
            byCell.put(
                    subordinateCells.get(i).id(),
                    members(subordinateCells.get(i).id(), size));
        }
        // Committee members: 10 distinct people per grassroots committee (an executive of 9 with a standing committee
        // of
        // the secretary, 2 deputies and 1 member, and an inspection committee chaired by an executive member plus a
        // vice
        // chair), 3 per grassroots cell (its cell committee: secretary, deputy, member): 93 × 10 + 29 × 3 = 1,017.
        Map<UUID, List<Org>> cellsOf = new HashMap<>();
        for (Org cell : subordinateCells) {
            cellsOf.computeIfAbsent(grassrootsOf(cell).id(), k -> new ArrayList<>())
                    .add(cell);
        }
        for (Org committee : committees) {
            List<Person> chosen = choose(
                    cellsOf.getOrDefault(committee.id(), List.of()).stream()
                            .map(c -> byCell.get(c.id()))
                            .toList(),
                    10);
            List<Seat> list = new ArrayList<>();
            for (int i = 0; i < 9; i++) {
                list.add(new Seat(
                        chosen.get(i),
                        "EXECUTIVE_COMMITTEE",
                        i == 0 ? "SECRETARY" : i < 3 ? "DEPUTY_SECRETARY" : "MEMBER"));
            }
            list.add(new Seat(chosen.get(3), "INSPECTION_COMMITTEE", "CHAIR"));
            list.add(new Seat(chosen.get(9), "INSPECTION_COMMITTEE", "VICE_CHAIR"));
            for (int i = 0; i < 4; i++) {
                list.add(new Seat(
                        chosen.get(i),
                        "STANDING_COMMITTEE",
                        i == 0 ? "SECRETARY" : i < 3 ? "DEPUTY_SECRETARY" : "MEMBER"));
            }
            seats.put(committee, list);
        }
        for (Org cell : grassrootsCells) {
            List<Person> chosen = choose(List.of(byCell.get(cell.id())), 3);
            seats.put(
                    cell,
                    List.of(
                            new Seat(chosen.get(0), "CELL_COMMITTEE", "SECRETARY"),
                            new Seat(chosen.get(1), "CELL_COMMITTEE", "DEPUTY_SECRETARY"),
                            new Seat(chosen.get(2), "CELL_COMMITTEE", "MEMBER")));
        }
        // Their qualifications: exactly 45 doctors (8 of them associate professors) and 434 masters among the 1,017.
        List<Person> committeePeople =
                new ArrayList<>(people.stream().filter(p -> p.committee).toList());
        Collections.shuffle(committeePeople, random);
        for (int i = 0; i < committeePeople.size(); i++) {
            Person p = committeePeople.get(i);
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

    /** Picks {@code count} full members (full since before the 2020 congress), one cell after another. */
    private List<Person> choose(List<List<Person>> cells, int count) {
        List<Person> chosen = new ArrayList<>();
        for (int round = 0; chosen.size() < count && round < 40; round++) {
            for (List<Person> cell : cells) {
                if (chosen.size() == count) {
                    break;
                }
                cell.stream()
                        .filter(p -> !p.committee && p.fullBefore(CONGRESS.minusYears(1)))
                        .skip(0)
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

    private List<Person> members(UUID cell, int count) {
        List<Person> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Person p = new Person();
            boolean female = random.nextInt(100) < 46;
            p.gender = female ? "FEMALE" : "MALE";
            p.fullName = pick(FAMILY) + " " + pick(female ? MIDDLE_FEMALE : MIDDLE_MALE) + " "
                    + pick(female ? GIVEN_FEMALE : GIVEN_MALE);
            p.dateOfBirth = LocalDate.of(1966 + random.nextInt(34), 1 + random.nextInt(12), 1 + random.nextInt(28));
            int serial = people.size() + 1;
            // 087 (Đồng Tháp), century and gender (0/1 for the 1900s), the two digits of the birth year, a serial.
            p.nationalId = String.format("087%d%02d%06d", female ? 1 : 0, p.dateOfBirth.getYear() % 100, serial);
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
            p.jobTitle = pick(JOBS);
            people.add(p);
            list.add(p);
        }
        return list;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    // ---- members ----

    private void awaitMemberServiceKnowsTheCells() throws Exception {
        List<UUID> sample = new ArrayList<>();
        people.stream().map(p -> p.cell).distinct().forEach(sample::add);
        List<UUID> probe = sample.subList(Math.max(0, sample.size() - 5), sample.size());
        long deadline = System.nanoTime() + 120_000_000_000L;
        for (UUID cell : probe) {
            while (api.getRaw("/api/v1/committees?orgId=" + cell).statusCode() != 200) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("member-service has not learnt of cell " + cell + " within 120 s");
                }
                Thread.sleep(500);
            }
        }
    }

    private void importMembers() throws Exception {
        for (int attempt = 1; ; attempt++) {
            int failed = 0;
            for (int from = 0; from < people.size(); from += ROWS_PER_FILE) {
                List<Person> part = people.subList(from, Math.min(people.size(), from + ROWS_PER_FILE));
                StringBuilder csv = new StringBuilder(MEMBER_HEADER).append('\n');
                for (Person p : part) {
                    csv.append(memberRow(p)).append('\n');
                }
                JsonNode job = BulkImport.run(
                        api,
                        "/api/v1/members/imports",
                        csv.toString(),
                        String.format("members %,d–%,d", from + 1, from + part.size()));
                failed += job.path("failedRows").asInt();
            }
            if (failed == 0) {
                return;
            }
            if (attempt == 3) {
                throw new IllegalStateException(failed + " member rows refused");
            }
            Console.warn("  " + failed + " rows refused (organizations not yet replicated?); importing again in 10 s");
            Thread.sleep(10_000);
        }
    }

    private String memberRow(Person p) {
        int serial = Integer.parseInt(p.nationalId.substring(6));
        String hometown = "tỉnh Đồng Tháp, " + DISTRICTS[serial % DISTRICTS.length];
        return String.join(
                ",",
                p.fullName,
                "",
                p.dateOfBirth.toString(),
                p.gender,
                serial % 40 == 0 ? "Khmer" : serial % 53 == 0 ? "Hoa" : "Kinh",
                serial % 31 == 0 ? "Phật giáo Hòa Hảo" : "",
                csv(hometown),
                p.nationalId,
                String.format("87%08d", serial),
                String.format("ĐT-%06d", serial),
                p.admittedOn.toString(),
                p.fullMemberSince == null ? "" : p.fullMemberSince.toString(),
                p.cell.toString(),
                "12/12",
                p.degree,
                p.academicTitle == null ? "" : p.academicTitle,
                p.politicalTheory,
                p.stateManagement == null ? "" : p.stateManagement,
                serial % 3 == 0 ? "Tiếng Anh B1" : "Tiếng Anh A2",
                "Ứng dụng CNTT cơ bản",
                p.committee && p.headsHostUnit ? "Thủ trưởng đơn vị" : p.jobTitle,
                p.headsHostUnit ? "true" : "",
                (serial % 900 + 1) + "-QĐ/ĐUK");
    }

    private static String csv(String value) {
        return value.contains(",") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }

    private void readMemberIds() throws Exception {
        Map<String, Person> byNationalId = new HashMap<>();
        people.forEach(p -> byNationalId.put(p.nationalId, p));
        for (int page = 0; ; page++) {
            JsonNode body = api.get("/api/v1/members?orgId=" + bloc + "&includeDescendants=true&size=500&page=" + page);
            for (JsonNode m : body.path("items")) {
                Person p = byNationalId.get(m.path("nationalId").asText());
                if (p != null) {
                    p.id = UUID.fromString(m.path("id").asText());
                }
            }
            if ((page + 1) * 500L >= body.path("total").asLong()) {
                break;
            }
        }
        long missing = people.stream().filter(p -> p.id == null).count();
        if (missing > 0) {
            throw new IllegalStateException(missing + " demo members are not listed by member-service");
        }
    }

    // ---- committees and positions ----

    private void loadCommittees() throws Exception {
        int created = 0;
        for (Org org : seats.keySet()) {
            Set<String> kinds = new HashSet<>();
            seats.get(org).forEach(s -> kinds.add(s.kind()));
            Map<String, UUID> existing = new HashMap<>();
            for (JsonNode c : api.get("/api/v1/committees?orgId=" + org.id())) {
                if (c.path("termStartYear").asInt() == 2020) {
                    existing.put(
                            c.path("kind").asText(),
                            UUID.fromString(c.path("id").asText()));
                }
            }
            for (String kind :
                    List.of("EXECUTIVE_COMMITTEE", "STANDING_COMMITTEE", "INSPECTION_COMMITTEE", "CELL_COMMITTEE")) {
                if (!kinds.contains(kind)) {
                    continue;
                }
                UUID id = existing.get(kind);
                if (id == null) {
                    id = UUID.fromString(api.post(
                                    "/api/v1/committees",
                                    ApiClient.json(Map.of(
                                            "organizationId",
                                            org.id().toString(),
                                            "kind",
                                            kind,
                                            "termStartYear",
                                            2020,
                                            "termEndYear",
                                            2025)))
                            .path("id")
                            .asText());
                    created++;
                }
                committeeIds.put(org.id() + "/" + kind, id);
            }
        }
        Console.info(String.format("  committees (term 2020–2025)  %d, %d new", committeeIds.size(), created));
        // Standing-committee members must already hold a seat on the executive: two files, the executive ones first.
        Predicate<Seat> standing = s -> s.kind().equals("STANDING_COMMITTEE");
        BulkImport.run(
                api,
                "/api/v1/positions/imports",
                positions(committeeIds, standing.negate()),
                "positions (executive, cell, inspection)");
        BulkImport.run(
                api, "/api/v1/positions/imports", positions(committeeIds, standing), "positions (standing committees)");
    }

    private String positions(Map<String, UUID> committeeIds, Predicate<Seat> which) {
        StringBuilder csv = new StringBuilder(POSITION_HEADER).append('\n');
        int decision = 0;
        for (Map.Entry<Org, List<Seat>> entry : seats.entrySet()) {
            decision++;
            for (Seat s : entry.getValue()) {
                if (which.test(s)) {
                    csv.append(String.join(
                                    ",",
                                    s.person().nationalId,
                                    committeeIds
                                            .get(entry.getKey().id() + "/" + s.kind())
                                            .toString(),
                                    s.position(),
                                    "ELECTED",
                                    decision + "-NQ/ĐH",
                                    CONGRESS.toString(),
                                    CONGRESS.toString(),
                                    "",
                                    ""))
                            .append('\n');
                }
            }
        }
        return csv.toString();
    }

    // ---- who is trained ----

    /** The attendees of each topic: committee members first (party work), inspection-committee members (inspection). */
    /** Whom the demo rates: grassroots organizations and their host units, their leading committees, members, committee members. */
    private List<DemoReviews.Subject> reviewSubjects() {
        List<DemoReviews.Subject> subjects = new ArrayList<>();
        for (Org org : orgs.values()) {
            if (org.type().startsWith("GRASSROOTS_") && org.code().matches("GC\\d{3}|GCL\\d{2}")) {
                subjects.add(new DemoReviews.Subject("GRASSROOTS_ORGANIZATION", org.id(), org.id()));
                subjects.add(new DemoReviews.Subject("HOST_UNIT", org.id(), org.id()));
                UUID leading = committeeIds.getOrDefault(
                        org.id() + "/EXECUTIVE_COMMITTEE", committeeIds.get(org.id() + "/CELL_COMMITTEE"));
                if (leading != null) {
                    subjects.add(new DemoReviews.Subject("COLLECTIVE_COMMITTEE", leading, org.id()));
                }
            }
        }
        for (Person p : people) {
            UUID grassroots = grassrootsOf(orgs.get(p.cell)).id();
            subjects.add(new DemoReviews.Subject("MEMBER", p.id, grassroots));
            if (p.committee) {
                subjects.add(new DemoReviews.Subject("COMMITTEE_MEMBER", p.id, grassroots));
            }
        }
        return subjects;
    }

    private Map<String, List<UUID>> trainees() {
        Random r = new Random(SEED + 1);
        List<Person> committee = people.stream().filter(p -> p.committee).toList();
        List<Person> others = new ArrayList<>(people.stream()
                .filter(p -> !p.committee && p.fullBefore(LocalDate.of(2021, 1, 1)))
                .toList());
        Collections.shuffle(others, r);
        List<Person> inspection = seats.values().stream()
                .flatMap(List::stream)
                .filter(s -> s.kind().equals("INSPECTION_COMMITTEE"))
                .map(Seat::person)
                .distinct()
                .toList();
        Map<String, List<UUID>> topics = new LinkedHashMap<>();
        List<UUID> partyWork = new ArrayList<>(committee.stream().map(p -> p.id).toList());
        others.subList(0, 1_063 - partyWork.size()).forEach(p -> partyWork.add(p.id));
        topics.put("PARTY_WORK", partyWork);
        List<UUID> inspectionSupervision =
                new ArrayList<>(inspection.stream().map(p -> p.id).toList());
        others.subList(100, 100 + 251 - inspectionSupervision.size()).forEach(p -> inspectionSupervision.add(p.id));
        topics.put("INSPECTION_SUPERVISION", inspectionSupervision);
        topics.put(
                "PROPAGANDA", others.subList(500, 880).stream().map(p -> p.id).toList());
        return topics;
    }
}
