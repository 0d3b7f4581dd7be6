package vn.partybloc.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The demo Bloc, generated from a fixed seed and loaded through the gateway with a real token: the organization tree of
 * 2020 and the structural changes of 2021 → 06/2023 that the article reports, so that as of 2023-06-30 the Bloc has
 * 122 grassroots organizations (93 committees + 29 cells), 12 sub-committees and 1,117 subordinate cells. Members,
 * committees and training follow ({@link DemoPeople}); reviews when evaluation-service exists (#5).
 */
final class DemoData {

    static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);
    private static final long SEED = 20_230_630L;

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

    private final ApiClient api;
    private final Random random = new Random(SEED);
    private final ObjectMapper json = new ObjectMapper();
    private int decisions;
    private int hostIndex;
    private int cellNames;

    DemoData(ApiClient api) {
        this.api = api;
    }

    /**
     * Loads the demo Bloc (organizations, then members, committees and training: {@link DemoPeople}); each part leaves
     * what is there already. Returns the id of one grassroots committee (for the secretary).
     */
    UUID load() throws Exception {
        long began = System.nanoTime();
        UUID bloc = root();
        UUID secretaryOrganization = loadOrganizations(bloc);
        new DemoPeople(api, bloc).load();
        Console.info(String.format("  demo dataset loaded in %.1f s", (System.nanoTime() - began) / 1e9));
        return secretaryOrganization;
    }

    private UUID loadOrganizations(UUID bloc) throws Exception {
        JsonNode counts = api.get("/api/v1/organizations/" + bloc + "/counts?asOf=" + AS_OF);
        if (counts.path("byType").path("SUBORDINATE_CELL").asInt() >= 1000) {
            Console.info("  demo data is already loaded");
            // GC001, not an organization added later whose code happens to sort first
            for (JsonNode o : api.get("/api/v1/organizations?type=GRASSROOTS_COMMITTEE&size=500&sort=code,asc")
                    .path("items")) {
                if (o.path("code").asText().matches("GC\\d{3}")) {
                    return UUID.fromString(o.path("id").asText());
                }
            }
            throw new IllegalStateException("the demo committee GC001 is missing");
        }
        long began = System.nanoTime();
        LocalDate base = LocalDate.of(2020, 1, 1);
        // 2020: the baseline. 90 committees and 28 cells stay; 40 committees and 14 cells leave the Bloc later.
        List<UUID> staying = new ArrayList<>();
        List<UUID> leaving = new ArrayList<>();
        for (int i = 0; i < 130; i++) {
            (i < 90 ? staying : leaving)
                    .add(found(
                            String.format("GC%03d", i + 1),
                            "Đảng bộ " + hostName(),
                            "GRASSROOTS_COMMITTEE",
                            bloc,
                            base));
            progress("grassroots committees", i + 1, 130);
        }
        List<UUID> grassrootsCellsLeaving = new ArrayList<>();
        for (int i = 0; i < 42; i++) {
            UUID cell = found(String.format("GCL%02d", i + 1), "Chi bộ " + hostName(), "GRASSROOTS_CELL", bloc, base);
            if (i >= 28) {
                grassrootsCellsLeaving.add(cell);
            }
        }
        Map<UUID, List<UUID>> cellsByParent = new LinkedHashMap<>();
        for (int i = 0; i < 12; i++) {
            UUID sub = found(
                    String.format("SUB%02d", i + 1),
                    "Đảng bộ bộ phận " + DEPARTMENTS.get(i % DEPARTMENTS.size()) + " " + (i + 1),
                    "SUB_COMMITTEE",
                    staying.get(i),
                    base);
            cellsByParent.put(sub, cells(sub, 5, base));
        }
        // 1,104 subordinate cells stay: 60 under the sub-committees above, 1,044 under the 90 committees.
        for (int i = 0; i < staying.size(); i++) {
            cellsByParent.put(staying.get(i), cells(staying.get(i), i < 54 ? 12 : 11, base));
            progress("subordinate cells", i + 1, staying.size());
        }
        for (UUID committee : leaving) {
            cells(committee, 3, base);
        }

        // 2021 → 06/2023: the structural changes of the article.
        LocalDate day = LocalDate.of(2021, 3, 1);
        for (UUID org : concat(leaving, grassrootsCellsLeaving)) {
            api.post(
                    "/api/v1/organizations/" + org + "/transfers-out",
                    body(Map.of("destination", "Đảng bộ Công an tỉnh", "decision", decision(day))));
            day = day.plusDays(5);
        }
        List<List<UUID>> pools = new ArrayList<>(cellsByParent.values());
        for (int i = 0; i < 5; i++) {
            api.post(
                    "/api/v1/organizations/" + take(pools.get(i)) + "/transfers-out",
                    body(Map.of(
                            "destination",
                            "Đảng ủy Khối Doanh nghiệp Trung ương",
                            "decision",
                            decision(day.plusDays(i)))));
        }
        day = LocalDate.of(2021, 9, 1);
        for (int i = 0; i < 4; i++) {
            String type = i < 3 ? "GRASSROOTS_COMMITTEE" : "GRASSROOTS_CELL";
            String code = i < 3 ? String.format("GC%03d", 131 + i) : "GCL43";
            ObjectNode received = (ObjectNode) api.post(
                    "/api/v1/organizations/transfers-in",
                    body(Map.of(
                            "organization",
                            organization(code, (i < 3 ? "Đảng bộ " : "Chi bộ ") + hostName(), type, bloc, null),
                            "origin",
                            "Đảng bộ Khối Cơ quan tỉnh (cũ)",
                            "decision",
                            decision(day))));
            if (i < 3) {
                cells(UUID.fromString(received.path("id").asText()), 3, day.plusDays(30));
            }
            day = day.plusDays(20);
        }
        for (int i = 0; i < 8; i++) {
            cells(staying.get(20 + i), 1, LocalDate.of(2022, 2, 1).plusDays(i * 7L));
        }
        day = LocalDate.of(2022, 6, 1);
        for (int i = 0; i < 16; i++) {
            UUID source = take(pools.get(12 + i));
            api.post(
                    "/api/v1/organizations/" + source + "/splits",
                    body(Map.of(
                            "into",
                                    List.of(
                                            Map.of("code", cellCode(), "name", cellName()),
                                            Map.of("code", cellCode(), "name", cellName())),
                            "decision", decision(day))));
            day = day.plusDays(9);
        }
        day = LocalDate.of(2023, 1, 5);
        for (int i = 0; i < 15; i++) {
            UUID parent = new ArrayList<>(cellsByParent.keySet()).get(40 + i);
            List<UUID> pool = cellsByParent.get(parent);
            api.post(
                    "/api/v1/organizations/merges",
                    body(Map.of(
                            "sourceIds",
                            List.of(take(pool), take(pool)),
                            "newTarget",
                            organization(cellCode(), cellName(), "SUBORDINATE_CELL", parent, null),
                            "decision",
                            decision(day))));
            day = day.plusDays(10);
        }
        Console.info(String.format("  demo organizations loaded in %.1f s", (System.nanoTime() - began) / 1e9));
        return staying.get(0);
    }

    private UUID root() throws Exception {
        JsonNode roots = api.get("/api/v1/organizations?type=BLOC_COMMITTEE");
        if (roots.path("total").asInt() > 0) {
            return UUID.fromString(roots.path("items").get(0).path("id").asText());
        }
        return found(
                "BLOC", "Đảng bộ Khối Cơ quan và Doanh nghiệp tỉnh", "BLOC_COMMITTEE", null, LocalDate.of(2019, 1, 1));
    }

    private List<UUID> cells(UUID parent, int count, LocalDate date) throws Exception {
        List<UUID> created = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            created.add(found(cellCode(), cellName(), "SUBORDINATE_CELL", parent, date));
        }
        return created;
    }

    private UUID found(String code, String name, String type, UUID parent, LocalDate date) throws Exception {
        JsonNode created = api.post(
                "/api/v1/organizations",
                body(Map.of(
                        "organization",
                        organization(code, name, type, parent, hostKind()),
                        "decision",
                        decision(date))));
        return UUID.fromString(created.path("id").asText());
    }

    private Map<String, Object> organization(String code, String name, String type, UUID parent, String kind) {
        Map<String, Object> org = new LinkedHashMap<>();
        org.put("code", code);
        org.put("name", name);
        org.put("type", type);
        if (parent != null) {
            org.put("parentId", parent.toString());
        }
        org.put(
                "hostUnit",
                Map.of(
                        "name",
                        name.replaceFirst("^(Đảng bộ bộ phận|Đảng bộ|Chi bộ) ", ""),
                        "kind",
                        kind == null ? hostKind() : kind));
        org.put("meetsOnline", random.nextInt(10) == 0);
        return org;
    }

    private Map<String, Object> decision(LocalDate date) {
        return Map.of(
                "number",
                (++decisions) + "-QĐ/ĐUK",
                "date",
                date.minusDays(10).toString(),
                "effectiveDate",
                date.toString());
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
        return "Chi bộ " + DEPARTMENTS.get(random.nextInt(DEPARTMENTS.size())) + " " + (cellNames);
    }

    private String body(Object value) {
        return ApiClient.json(value);
    }

    private static UUID take(List<UUID> pool) {
        return pool.remove(pool.size() - 1);
    }

    private static List<UUID> concat(List<UUID> a, List<UUID> b) {
        List<UUID> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static void progress(String what, int done, int total) {
        if (done == total || done % 25 == 0) {
            Console.info(String.format("  %-22s %4d / %d", what, done, total));
        }
    }

    /** Binds the demo secretary to a real demo organization (user attribute org_id), through Keycloak's admin API. */
    static void bindSecretary(UUID organizationId) throws Exception {
        ObjectMapper json = new ObjectMapper();
        String keycloak = "http://localhost:" + Stack.KEYCLOAK_PORT;
        String admin = ApiClient.token(
                keycloak + "/realms/master", "grant_type=password&client_id=admin-cli&username=admin&password=admin");
        HttpClient http = HttpClient.newHttpClient();
        String users = keycloak + "/admin/realms/partybloc/users";
        JsonNode found = json.readTree(http.send(
                        HttpRequest.newBuilder(URI.create(users + "?username=secretary&exact=true"))
                                .header("Authorization", "Bearer " + admin)
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
        ObjectNode user = (ObjectNode) found.get(0);
        user.with("attributes").putArray("org_id").add(organizationId.toString());
        HttpResponse<String> updated = http.send(
                HttpRequest.newBuilder(URI.create(users + "/" + user.path("id").asText()))
                        .header("Authorization", "Bearer " + admin)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(user.toString()))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (updated.statusCode() >= 300) {
            throw new IllegalStateException(
                    "could not bind the secretary: " + updated.statusCode() + " " + updated.body());
        }
        Console.info("  secretary / secretary-demo now confined to organization " + organizationId);
    }
}
