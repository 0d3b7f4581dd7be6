package vn.partybloc.launcher.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import vn.partybloc.launcher.demo.OrganizationChange.Founding;
import vn.partybloc.launcher.demo.OrganizationChange.Merge;
import vn.partybloc.launcher.demo.OrganizationChange.Split;
import vn.partybloc.launcher.demo.OrganizationChange.TransferIn;
import vn.partybloc.launcher.demo.OrganizationChange.TransferOut;

/**
 * The Bloc's organizations: the tree of 2020 and the structural changes of 2021 → 06/2023 that the article reports, so
 * that as of 2023-06-30 the Bloc has 122 grassroots organizations (93 committees + 29 cells), 12 sub-committees and
 * 1,117 subordinate cells. Names, host-unit kinds and the online-meeting flag come from the random stream; the counts
 * do not.
 */
final class BlocGenerator {

    static final String BLOC = "BLOC";
    private static final LocalDate BASELINE = LocalDate.of(2020, 1, 1);

    private static final Map<String, List<String>> HOSTS = new LinkedHashMap<>();

    static {
        HOSTS.put(
                "AGENCY",
                List.of(
                        "Sở Tài chính",
                        "Sở Kế hoạch và Đầu tư",
                        "Sở Xây dựng",
                        "Sở Giao thông Vận tải",
                        "Sở Nông nghiệp và Phát triển nông thôn",
                        "Sở Tài nguyên và Môi trường",
                        "Sở Y tế",
                        "Sở Giáo dục và Đào tạo",
                        "Sở Công Thương",
                        "Sở Tư pháp",
                        "Sở Nội vụ",
                        "Sở Lao động - Thương binh và Xã hội",
                        "Sở Văn hóa, Thể thao và Du lịch",
                        "Sở Khoa học và Công nghệ",
                        "Sở Thông tin và Truyền thông",
                        "Sở Ngoại vụ",
                        "Thanh tra tỉnh",
                        "Văn phòng Ủy ban nhân dân tỉnh",
                        "Cục Thuế tỉnh",
                        "Kho bạc Nhà nước tỉnh",
                        "Cục Hải quan tỉnh",
                        "Cục Thống kê tỉnh",
                        "Bảo hiểm xã hội tỉnh",
                        "Ngân hàng Nhà nước chi nhánh tỉnh"));
        HOSTS.put(
                "PUBLIC_SERVICE_UNIT",
                List.of(
                        "Trường Đại học Đồng Tháp",
                        "Trường Cao đẳng Y tế",
                        "Trường Cao đẳng Cộng đồng",
                        "Bệnh viện Đa khoa tỉnh",
                        "Bệnh viện Phổi",
                        "Bệnh viện Tâm thần",
                        "Đài Phát thanh và Truyền hình",
                        "Báo tỉnh",
                        "Trung tâm Kiểm soát bệnh tật",
                        "Ban Quản lý các khu công nghiệp"));
        HOSTS.put(
                "STATE_ENTERPRISE",
                List.of(
                        "Công ty Điện lực",
                        "Công ty Cấp nước",
                        "Công ty Xổ số kiến thiết",
                        "Ngân hàng Nông nghiệp chi nhánh tỉnh",
                        "Ngân hàng Công thương chi nhánh tỉnh",
                        "Viễn thông tỉnh",
                        "Bưu điện tỉnh",
                        "Công ty Môi trường đô thị"));
        HOSTS.put(
                "NON_STATE_ENTERPRISE",
                List.of(
                        "Công ty Cổ phần Dược",
                        "Công ty Cổ phần Xuất nhập khẩu Thủy sản",
                        "Công ty Cổ phần Lương thực",
                        "Công ty TNHH Sản xuất Thương mại",
                        "Công ty Cổ phần Đầu tư Xây dựng",
                        "Công ty Cổ phần Vận tải"));
    }

    private static final List<String> DEPARTMENTS = List.of(
            "Văn phòng",
            "Phòng Tổ chức",
            "Phòng Kế hoạch",
            "Phòng Tài vụ",
            "Phòng Kỹ thuật",
            "Phòng Kinh doanh",
            "Phòng Thanh tra",
            "Phòng Hành chính",
            "Khoa Nội",
            "Khoa Ngoại",
            "Xưởng Sản xuất",
            "Phòng Pháp chế",
            "Phòng Nghiệp vụ",
            "Tổ Dịch vụ",
            "Chi nhánh");

    private final Random random;
    private final ActiveTree tree = new ActiveTree();
    private int decisions;
    private int hostIndex;
    private int cellNames;

    BlocGenerator(Random random) {
        this.random = random;
    }

    /** The tree as the history leaves it, for placing the people. */
    ActiveTree tree() {
        return tree;
    }

    OrganizationHistory generate() {
        Founding root = found(
                BLOC, "Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh", "BLOC_COMMITTEE", null, LocalDate.of(2019, 1, 1));
        List<Founding> baseline = new ArrayList<>();
        // 2020: the baseline. 90 committees and 28 cells stay; 40 committees and 14 cells leave the Bloc later.
        List<String> staying = new ArrayList<>();
        List<String> leaving = new ArrayList<>();
        for (int i = 0; i < 130; i++) {
            Founding committee = found(
                    String.format("GC%03d", i + 1), "Đảng bộ " + hostName(), "GRASSROOTS_COMMITTEE", BLOC, BASELINE);
            baseline.add(committee);
            (i < 90 ? staying : leaving).add(committee.organization().code());
        }
        List<String> grassrootsCellsLeaving = new ArrayList<>();
        for (int i = 0; i < 42; i++) {
            Founding cell =
                    found(String.format("GCL%02d", i + 1), "Chi bộ " + hostName(), "GRASSROOTS_CELL", BLOC, BASELINE);
            baseline.add(cell);
            if (i >= 28) {
                grassrootsCellsLeaving.add(cell.organization().code());
            }
        }
        Map<String, List<String>> cellsByParent = new LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            Founding sub = found(
                    String.format("SUB%02d", i + 1),
                    "Đảng bộ bộ phận " + DEPARTMENTS.get(i % DEPARTMENTS.size()) + " " + (i + 1),
                    "SUB_COMMITTEE",
                    staying.get(i),
                    BASELINE);
            baseline.add(sub);
            cellsByParent.put(
                    sub.organization().code(),
                    cells(baseline, sub.organization().code(), 5, BASELINE));
        }
        // 1,104 subordinate cells stay: 60 under the sub-committees above, 1,044 under the 90 committees.
        for (int i = 0; i < staying.size(); i++) {
            cellsByParent.put(staying.get(i), cells(baseline, staying.get(i), i < 54 ? 12 : 11, BASELINE));
        }
        for (String committee : leaving) {
            cells(baseline, committee, 3, BASELINE);
        }
        return new OrganizationHistory(
                root, baseline, changes(staying, leaving, grassrootsCellsLeaving, cellsByParent));
    }

    /** 2021 → 06/2023: the structural changes of the article. */
    private List<OrganizationChange> changes(
            List<String> staying,
            List<String> leaving,
            List<String> grassrootsCellsLeaving,
            Map<String, List<String>> cellsByParent) {
        List<OrganizationChange> changes = new ArrayList<>();
        LocalDate day = LocalDate.of(2021, 3, 1);
        List<String> grassrootsLeaving = new ArrayList<>(leaving);
        grassrootsLeaving.addAll(grassrootsCellsLeaving);
        for (String code : grassrootsLeaving) {
            changes.add(transferOut(code, "Đảng bộ Công an tỉnh", decision(day)));
            day = day.plusDays(5);
        }
        List<List<String>> pools = new ArrayList<>(cellsByParent.values());
        for (int i = 0; i < 5; i++) {
            changes.add(
                    transferOut(take(pools.get(i)), "Đảng ủy Khối Doanh nghiệp Trung ương", decision(day.plusDays(i))));
        }
        day = LocalDate.of(2021, 9, 1);
        for (int i = 0; i < 4; i++) {
            boolean committee = i < 3;
            String code = committee ? String.format("GC%03d", 131 + i) : "GCL43";
            NewOrganization received = organization(
                    code,
                    (committee ? "Đảng bộ " : "Chi bộ ") + hostName(),
                    committee ? "GRASSROOTS_COMMITTEE" : "GRASSROOTS_CELL",
                    BLOC,
                    hostKind());
            changes.add(new TransferIn(received, "Đảng bộ Khối Cơ quan tỉnh (cũ)", decision(day)));
            tree.add(code, received.type(), BLOC);
            if (committee) {
                cells(changes, code, 3, day); // it comes with its cells: they take in its members the same day
            }
            day = day.plusDays(20);
        }
        for (int i = 0; i < 8; i++) {
            cells(changes, staying.get(20 + i), 1, LocalDate.of(2022, 2, 1).plusDays(i * 7L));
        }
        day = LocalDate.of(2022, 6, 1);
        for (int i = 0; i < 16; i++) {
            String source = take(pools.get(12 + i));
            List<Split.Part> into =
                    List.of(new Split.Part(cellCode(), cellName()), new Split.Part(cellCode(), cellName()));
            changes.add(new Split(source, into, decision(day)));
            tree.split(source, into.stream().map(Split.Part::code).toList());
            day = day.plusDays(9);
        }
        day = LocalDate.of(2023, 1, 5);
        List<String> parents = new ArrayList<>(cellsByParent.keySet());
        for (int i = 0; i < 15; i++) {
            String parent = parents.get(40 + i);
            List<String> pool = cellsByParent.get(parent);
            List<String> sources = List.of(take(pool), take(pool));
            NewOrganization target = organization(cellCode(), cellName(), "SUBORDINATE_CELL", parent, hostKind());
            changes.add(new Merge(sources, target, decision(day)));
            tree.merge(sources, target.code(), target.type(), parent);
            day = day.plusDays(10);
        }
        return changes;
    }

    private TransferOut transferOut(String code, String destination, Decision decision) {
        tree.transferOut(code);
        return new TransferOut(code, destination, decision);
    }

    private List<String> cells(List<? super Founding> into, String parent, int count, LocalDate date) {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Founding cell = found(cellCode(), cellName(), "SUBORDINATE_CELL", parent, date);
            into.add(cell);
            created.add(cell.organization().code());
        }
        return created;
    }

    private Founding found(String code, String name, String type, String parent, LocalDate date) {
        NewOrganization organization = organization(code, name, type, parent, hostKind());
        tree.add(code, type, parent);
        return new Founding(organization, decision(date));
    }

    /** The host-unit kind is drawn before the online flag: the order the random stream has always been read in. */
    private NewOrganization organization(String code, String name, String type, String parent, String hostKind) {
        String hostUnit = name.replaceFirst("^(Đảng bộ bộ phận|Đảng bộ|Chi bộ) ", "");
        return new NewOrganization(code, name, type, parent, hostUnit, hostKind, random.nextInt(10) == 0);
    }

    private Decision decision(LocalDate effective) {
        return new Decision((++decisions) + "-QĐ/ĐUK", effective.minusDays(10), effective);
    }

    private String hostName() {
        List<String> all = HOSTS.values().stream().flatMap(List::stream).toList();
        int i = hostIndex++;
        String name = all.get(i % all.size());
        return i < all.size() ? name : name + " " + (i / all.size() + 1);
    }

    private String hostKind() {
        int roll = random.nextInt(100);
        return roll < 45
                ? "AGENCY"
                : roll < 70 ? "PUBLIC_SERVICE_UNIT" : roll < 88 ? "STATE_ENTERPRISE" : "NON_STATE_ENTERPRISE";
    }

    private String cellCode() {
        return String.format("SC%04d", ++cellNames);
    }

    private String cellName() {
        return "Chi bộ " + DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size())) + " " + cellNames;
    }

    private static String take(List<String> pool) {
        return pool.remove(pool.size() - 1);
    }
}
