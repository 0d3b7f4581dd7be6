package vn.partybloc.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.ApiResponse;
import vn.partybloc.client.Downloads;
import vn.partybloc.client.WebhookSignatures;
import vn.partybloc.client.api.ChangesFeedApi;
import vn.partybloc.client.api.CodeListsApi;
import vn.partybloc.client.api.ExportsApi;
import vn.partybloc.client.api.ImportsApi;
import vn.partybloc.client.api.MembersApi;
import vn.partybloc.client.api.OrganizationsApi;
import vn.partybloc.client.api.ReviewsApi;
import vn.partybloc.client.api.ShareLogApi;
import vn.partybloc.client.api.WebhooksApi;
import vn.partybloc.client.model.AllCodeLists;
import vn.partybloc.client.model.AttainmentKindFigures;
import vn.partybloc.client.model.ChangeEvent;
import vn.partybloc.client.model.ChangesPage;
import vn.partybloc.client.model.Code;
import vn.partybloc.client.model.CodeList;
import vn.partybloc.client.model.CommitteeKind;
import vn.partybloc.client.model.ExportJob;
import vn.partybloc.client.model.ExportStatus;
import vn.partybloc.client.model.Gender;
import vn.partybloc.client.model.ImportJob;
import vn.partybloc.client.model.ImportStatus;
import vn.partybloc.client.model.Member;
import vn.partybloc.client.model.MemberExportRequest;
import vn.partybloc.client.model.MemberLookupRequest;
import vn.partybloc.client.model.MemberRequest;
import vn.partybloc.client.model.Organization;
import vn.partybloc.client.model.OrganizationExportRequest;
import vn.partybloc.client.model.OrganizationType;
import vn.partybloc.client.model.PositionExportRequest;
import vn.partybloc.client.model.ReviewExportRequest;
import vn.partybloc.client.model.ShareKind;
import vn.partybloc.client.model.ShareLogEntry;
import vn.partybloc.client.model.ShareLogPage;
import vn.partybloc.client.model.ShareReportLine;
import vn.partybloc.client.model.TrainingRecordExportRequest;
import vn.partybloc.client.model.WebhookDelivery;
import vn.partybloc.client.model.WebhookDeliveryStatus;
import vn.partybloc.client.model.WebhookStatus;
import vn.partybloc.client.model.WebhookStatusChangeRequest;
import vn.partybloc.client.model.WebhookSubscription;
import vn.partybloc.client.model.WebhookSubscriptionRequest;

/**
 * A provincial HR system, with its own client-credentials token: it follows the changes feeds, may not write, imports
 * members and committee positions from CSV files and exports who holds which position, loads an export of the register before it follows the feed, exports a year's ratings and the training records, and
 * matches the people it knows by their national id; what it read is on record in the share log; it is told of each
 * change by signed webhooks.
 */
@Order(5)
class HrIntegrationIT extends Journey {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void anHrSystemFollowsTheChangesFeedWithClientCredentials() throws ApiException {
        String hr = LocalStack.hrSystem();
        ChangesFeedApi feed = new ChangesFeedApi(Gateway.as(hr));
        String cursor = endOf(after -> feed.getOrganizationsChanges(after, 1000, null, null, null));
        String code = code("HR");
        UUID founded = found(admin(), code, "Chi bộ Sở Nội vụ", OrganizationType.GRASSROOTS_CELL, bloc);
        List<ChangeEvent> changes =
                feed.getOrganizationsChanges(cursor, null, null, null, null).getItems();
        List<String> subjects = changes.stream().map(ChangeEvent::getSubject).toList();
        assertTrue(subjects.contains(founded.toString()), "the feed shows the new organization: " + subjects);
        assertTrue(changes.stream().map(ChangeEvent::getType).anyMatch("OrganizationFounded"::equals));
        // The HR system holds the code: it finds the organization by it.
        assertEquals(
                List.of(founded),
                new OrganizationsApi(Gateway.as(hr))
                                .listOrganizations(null, List.of(code), null, null, null, null, null, null, null)
                                .getItems()
                                .stream()
                                .map(Organization::getId)
                                .toList());
        ApiException refused = assertThrows(
                ApiException.class, () -> found(hr, code("H"), "X", OrganizationType.GRASSROOTS_CELL, bloc));
        assertEquals(403, refused.getCode());
    }

    @Test
    void anHrSystemImportsMembersFromCsvAndFollowsTheMemberChanges() throws Exception {
        String hr = LocalStack.hrSystem();
        String organizer = LocalStack.login("organizer");
        UUID cell = found(organizer, code("HRC"), "Chi bộ Phòng Nhân sự", OrganizationType.GRASSROOTS_CELL, bloc);
        awaitMemberServiceKnows(organizer, cell);
        ChangesFeedApi feed = new ChangesFeedApi(Gateway.as(hr));
        ImportsApi imports = new ImportsApi(Gateway.as(hr));
        String cursor = endOf(after -> feed.getMembersChanges(after, 1000, null, null, null));
        String first = NationalIds.next(Gender.FEMALE, 1986);
        String second = NationalIds.next(Gender.MALE, 1990);
        String csv = "fullName,dateOfBirth,gender,nationalId,admittedOn,fullMemberSince,organizationId,degree\n"
                + "Trần Thị Bích Ngọc,1986-02-14,FEMALE," + first + ",2012-05-19,2013-05-19," + cell + ",MASTER\n"
                + "Lê Văn Đức,1990-07-01,MALE," + second + ",2015-09-02,2016-09-02," + cell + ",BACHELOR\n";
        ApiResponse<ImportJob> accepted = imports.importMembersWithHttpInfo(csv, null);
        assertEquals(202, accepted.getStatusCode());
        UUID job = accepted.getData().getId();
        // The link names the gateway, not member-service behind it: a client that follows it stays on the API.
        assertEquals(Gateway.BASE_URL + "/api/v1/members/imports/" + job, header(accepted.getHeaders(), "Location"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> Set.of(ImportStatus.DONE, ImportStatus.FAILED)
                        .contains(imports.getMemberImport(job).getStatus()));
        ImportJob done = imports.getMemberImport(job);
        assertEquals(ImportStatus.DONE, done.getStatus());
        assertEquals(2, done.getCreatedRows());
        assertEquals(0, done.getFailedRows());
        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .until(() -> feed.getMembersChanges(cursor, null, null, List.of("MemberAdmitted"), null)
                                .getItems()
                                .size()
                        >= 2);
        // The feed keeps only the type asked for, from the same cursor.
        assertEquals(
                Set.of("MemberAdmitted"),
                feed.getMembersChanges(cursor, null, null, List.of("MemberAdmitted"), null).getItems().stream()
                        .map(ChangeEvent::getType)
                        .collect(Collectors.toSet()));
        // Sending the same file again changes nothing.
        UUID again = imports.importMembers(csv, null).getId();
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> imports.getMemberImport(again).getStatus() == ImportStatus.DONE);
        ImportJob repeated = imports.getMemberImport(again);
        assertEquals(0, repeated.getCreatedRows());
        assertEquals(0, repeated.getUpdatedRows());

        // The cell elects its committee; the HR system imports who holds which post.
        UUID cellCommittee = formCommittee(organizer, cell, CommitteeKind.CELL_COMMITTEE);
        ApiResponse<ImportJob> positions = imports.importPositionsWithHttpInfo(
                "memberNationalId,committeeId,position,appointment,decisionNumber,startsOn\n" + first + ","
                        + cellCommittee + ",SECRETARY,ELECTED,5-QĐ/ĐUK,2025-06-20\n",
                null);
        assertEquals(202, positions.getStatusCode());
        UUID positionJob = positions.getData().getId();
        assertEquals(
                Gateway.BASE_URL + "/api/v1/positions/imports/" + positionJob,
                header(positions.getHeaders(), "Location"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> Set.of(ImportStatus.DONE, ImportStatus.FAILED)
                        .contains(imports.getPositionImport(positionJob).getStatus()));
        ImportJob positionsDone = imports.getPositionImport(positionJob);
        assertEquals(ImportStatus.DONE, positionsDone.getStatus());
        assertEquals(1, positionsDone.getCreatedRows());

        // Its first sync of the committee members: an export of the positions held on the cell's committees.
        ExportsApi exports = new ExportsApi(Gateway.as(hr));
        UUID positionsExport = exports.exportPositions(new PositionExportRequest().organizationId(cell), null)
                .getId();
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> exports.getPositionExport(positionsExport).getStatus() == ExportStatus.DONE);
        try (BufferedReader content = new BufferedReader(new InputStreamReader(
                Downloads.positionExportContent(Gateway.as(hr), positionsExport), StandardCharsets.UTF_8))) {
            List<String> lines = content.lines().toList();
            assertEquals(1, lines.size());
            JsonNode seat = new ObjectMapper().readTree(lines.get(0));
            assertEquals(cellCommittee.toString(), seat.path("committeeId").asText());
            assertEquals("SECRETARY", seat.path("position").asText());
        }
    }

    /**
     * The HR system's first sync of the yearly ratings (xếp loại): an export of the Bloc's 2022 ratings holds a decided
     * review of that year's cycle for every subject the attainment report counts as rated, and nothing else.
     */
    @Test
    void anHrSystemExportsTheRatingsOfAYear() throws Exception {
        String hr = LocalStack.hrSystem();
        int rated = new ReviewsApi(Gateway.as(hr))
                .getAttainment(null, bloc, null, 2022).getSubjects().stream()
                        .mapToInt(AttainmentKindFigures::getRated)
                        .sum();
        ExportsApi exports = new ExportsApi(Gateway.as(hr));
        long asked = System.nanoTime();
        UUID job = exports.exportReviews(
                        new ReviewExportRequest().organizationId(bloc).year(2022), null)
                .getId();
        Awaitility.await()
                .atMost(Duration.ofSeconds(60))
                .until(() -> Set.of(ExportStatus.DONE, ExportStatus.FAILED)
                        .contains(exports.getReviewExport(job).getStatus()));
        ExportJob done = exports.getReviewExport(job);
        assertEquals(ExportStatus.DONE, done.getStatus());
        System.out.printf(
                "[e2e] ratings export of 2022: %,d reviews in %.2f s (asked to DONE)%n",
                done.getRecords(), (System.nanoTime() - asked) / 1e9);
        ObjectMapper json = new ObjectMapper();
        Set<String> cycles = new HashSet<>();
        Set<String> subjects = new HashSet<>();
        try (BufferedReader content = new BufferedReader(
                new InputStreamReader(Downloads.reviewExportContent(Gateway.as(hr), job), StandardCharsets.UTF_8))) {
            for (String line : content.lines().toList()) {
                JsonNode review = json.readTree(line);
                assertTrue(
                        Set.of("DECIDED", "PUBLISHED")
                                .contains(review.path("status").asText()),
                        line);
                assertFalse(
                        review.path("level").isMissingNode()
                                || review.path("level").isNull(),
                        line);
                cycles.add(review.path("cycleId").asText());
                subjects.add(review.path("subjectKind").asText() + " "
                        + review.path("subjectId").asText());
            }
        }
        assertEquals(1, cycles.size(), "the cycle of 2022 only");
        assertEquals(rated, subjects.size(), "one rating per subject the attainment report counts");
        assertEquals(rated, done.getRecords());
    }

    /**
     * The HR system's first sync of who was trained in what: an export of the Bloc's training records holds one record
     * per member, by member id, at least the article's 14,357 members, each with its courses, obligations and contests.
     */
    @Test
    void anHrSystemExportsTheTrainingRecords() throws Exception {
        String hr = LocalStack.hrSystem();
        ExportsApi exports = new ExportsApi(Gateway.as(hr));
        long asked = System.nanoTime();
        UUID job = exports.exportTrainingRecords(new TrainingRecordExportRequest().organizationId(bloc), null)
                .getId();
        Awaitility.await()
                .atMost(Duration.ofSeconds(120))
                .until(() -> Set.of(ExportStatus.DONE, ExportStatus.FAILED)
                        .contains(exports.getTrainingRecordExport(job).getStatus()));
        ExportJob done = exports.getTrainingRecordExport(job);
        assertEquals(ExportStatus.DONE, done.getStatus());
        System.out.printf(
                "[e2e] training records export: %,d members in %.2f s (asked to DONE)%n",
                done.getRecords(), (System.nanoTime() - asked) / 1e9);
        ObjectMapper json = new ObjectMapper();
        List<String> members = new ArrayList<>();
        long withCourses = 0;
        try (BufferedReader content = new BufferedReader(new InputStreamReader(
                Downloads.trainingRecordExportContent(Gateway.as(hr), job), StandardCharsets.UTF_8))) {
            for (String line : content.lines().toList()) {
                JsonNode record = json.readTree(line);
                members.add(record.path("memberId").asText());
                assertTrue(
                        record.path("obligations").isArray()
                                && record.path("contests").isArray(),
                        line);
                withCourses += record.path("courses").isEmpty() ? 0 : 1;
            }
        }
        assertEquals(done.getRecords(), members.size());
        assertTrue(members.size() >= 14_357, members.size() + " records");
        assertEquals(members.stream().sorted().distinct().toList(), members, "one record per member, by member id");
        assertTrue(withCourses > 1_000, withCourses + " members with a course: the demo's classes");
    }

    /**
     * The first full sync of docs/integration.md: exports of a subtree's members and organizations, then the members
     * feed from the export's cursor, which holds the admission made after it and none of those the export holds.
     */
    @Test
    void anHrSystemLoadsAnExportThenReadsTheFeedFromItsCursor() throws Exception {
        String hr = LocalStack.hrSystem();
        String organizer = LocalStack.login("organizer");
        UUID committee =
                found(organizer, code("HRX"), "Đảng bộ Sở Tài chính", OrganizationType.GRASSROOTS_COMMITTEE, bloc);
        UUID cell =
                found(organizer, code("HRXC"), "Chi bộ Phòng Ngân sách", OrganizationType.SUBORDINATE_CELL, committee);
        awaitMemberServiceKnows(organizer, cell);
        MembersApi members = new MembersApi(Gateway.as(organizer));
        UUID before = admitFullMember(members, "Phạm Thị Thu", cell);
        ExportsApi exports = new ExportsApi(Gateway.as(hr));

        ApiResponse<ExportJob> accepted =
                exports.exportMembersWithHttpInfo(new MemberExportRequest().organizationId(committee), null);
        assertEquals(202, accepted.getStatusCode());
        UUID job = accepted.getData().getId();
        assertEquals(Gateway.BASE_URL + "/api/v1/members/exports/" + job, header(accepted.getHeaders(), "Location"));
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> Set.of(ExportStatus.DONE, ExportStatus.FAILED)
                        .contains(exports.getMemberExport(job).getStatus()));
        ExportJob done = exports.getMemberExport(job);
        assertEquals(ExportStatus.DONE, done.getStatus());
        List<String> lines;
        try (BufferedReader content = new BufferedReader(
                new InputStreamReader(Downloads.memberExportContent(Gateway.as(hr), job), StandardCharsets.UTF_8))) {
            lines = content.lines().toList();
        }
        ObjectMapper json = new ObjectMapper();
        List<String> exported = new ArrayList<>();
        for (String line : lines) {
            JsonNode member = json.readTree(line);
            exported.add(member.path("id").asText());
            assertTrue(
                    member.path("nationalId").asText().matches("[0-9]{12}"),
                    "the HR client is cleared for national ids (identity-reader): it matches people by them");
        }
        assertEquals(List.of(before.toString()), exported);
        assertEquals(1, done.getRecords());
        // The same export as CSV, for a spreadsheet: a header, then the member.
        try (BufferedReader csv = new BufferedReader(
                new InputStreamReader(Downloads.memberExportCsv(Gateway.as(hr), job), StandardCharsets.UTF_8))) {
            List<String> rows = csv.lines().toList();
            assertTrue(rows.get(0).startsWith("id,fullName,"), rows.get(0));
            assertEquals(2, rows.size());
            assertTrue(rows.get(1).startsWith(before + ",Phạm Thị Thu,"), rows.get(1));
        }
        // The organizations of the same subtree, root first.
        UUID organizationsJob = exports.exportOrganizations(
                        new OrganizationExportRequest().organizationId(committee), null)
                .getId();
        Awaitility.await()
                .atMost(Duration.ofSeconds(30))
                .until(() -> exports.getOrganizationExport(organizationsJob).getStatus() == ExportStatus.DONE);
        try (BufferedReader content = new BufferedReader(new InputStreamReader(
                Downloads.organizationExportContent(Gateway.as(hr), organizationsJob), StandardCharsets.UTF_8))) {
            List<String> organizations = new ArrayList<>();
            for (String line : content.lines().toList()) {
                organizations.add(json.readTree(line).path("id").asText());
            }
            assertEquals(List.of(committee.toString(), cell.toString()), organizations);
        }

        UUID after = admitFullMember(members, "Phạm Văn Hậu", cell);
        ChangesFeedApi feed = new ChangesFeedApi(Gateway.as(hr));
        Awaitility.await()
                .atMost(Duration.ofSeconds(15))
                .until(() -> subjects(
                                feed.getMembersChanges(done.getCursor(), 1000, null, List.of("MemberAdmitted"), null))
                        .contains(after.toString()));
        assertFalse(subjects(feed.getMembersChanges(done.getCursor(), 1000, null, List.of("MemberAdmitted"), null))
                .contains(before.toString()));
    }

    /**
     * The HR system knows people by their national id: cleared as {@code identity-reader}, it looks a member up by it
     * (in the body, never in a URL); a number nobody carries is a 404, and a viewer may not look anyone up.
     */
    @Test
    void anHrSystemMatchesAPersonItKnowsByTheirNationalId() throws ApiException {
        String hr = LocalStack.hrSystem();
        Known known =
                admittedIntoANewCell("HRM", "Chi bộ Phòng Tổ chức", "Đỗ Thị Khánh Linh", LocalDate.of(1988, 11, 3));
        UUID admitted = known.id();
        MembersApi members = new MembersApi(Gateway.as(hr));

        Member found = members.lookUpMember(new MemberLookupRequest().nationalId(known.nationalId()), null);
        assertEquals(admitted, found.getId());
        assertEquals(known.nationalId(), found.getNationalId());
        ApiException nobody = assertThrows(
                ApiException.class,
                () -> members.lookUpMember(
                        new MemberLookupRequest().nationalId(NationalIds.next(Gender.MALE, 1970)), null));
        assertEquals(404, nobody.getCode());
        ApiException viewer = assertThrows(
                ApiException.class,
                () -> new MembersApi(Gateway.as(LocalStack.login("viewer")))
                        .lookUpMember(new MemberLookupRequest().nationalId(known.nationalId()), null));
        assertEquals(403, viewer.getCode());
    }

    /**
     * Issue 19 §3: the HR system maps its own codes to the register's with the code lists, all of them at one endpoint
     * of the gateway: every organization type the generated client knows is there with both labels, and the state's
     * lists keep their codes (54 ethnic groups, Kinh 01).
     */
    @Test
    void anHrSystemMapsItsCodesWithTheCodeListsAtOneEndpoint() throws ApiException {
        CodeListsApi codeLists = new CodeListsApi(Gateway.as(LocalStack.hrSystem()));
        AllCodeLists all = codeLists.listCodeLists(null);

        assertEquals(
                Map.of("organizations", "OK", "members", "OK", "training", "OK", "evaluations", "OK"),
                all.getSources().entrySet().stream()
                        .collect(Collectors.toMap(
                                Map.Entry::getKey, e -> e.getValue().getStatus())));
        Map<String, CodeList> byName =
                all.getLists().stream().collect(Collectors.toMap(CodeList::getName, list -> list));
        assertTrue(
                byName.keySet()
                        .containsAll(List.of(
                                "organization-types",
                                "host-unit-kinds",
                                "positions",
                                "ethnicities",
                                "religions",
                                "foreign-language-levels",
                                "course-topics",
                                "rating-levels")),
                byName.keySet().toString());
        Map<String, Code> types = byName.get("organization-types").getCodes().stream()
                .collect(Collectors.toMap(Code::getCode, code -> code));
        for (OrganizationType type : OrganizationType.values()) {
            Code code = types.get(type.getValue());
            assertTrue(code != null && !code.getVi().isBlank() && !code.getEn().isBlank(), type.getValue());
        }
        assertEquals("Đảng bộ cơ sở", types.get("GRASSROOTS_COMMITTEE").getVi());
        CodeList ethnicities = codeLists.getMembersCodeList("ethnicities");
        assertEquals(54, ethnicities.getCodes().size());
        assertEquals("Kinh (Việt)", ethnicities.getCodes().get(0).getVi());
        assertEquals("01", ethnicities.getCodes().get(0).getCode());
    }

    /**
     * Issue 19: the curl lines docs/integration.md walks an integrator through, run as written and in order through the
     * gateway, each answered 2xx. The test puts in only what a reader would: the stack's ports for 8080 and 8180, the
     * ids the guide leaves as placeholders, the member its look-up names, an admin's token, and a receiver of its own
     * as the webhook's target; and it waits for the export to be done before downloading it, as the guide says.
     */
    @Test
    void theIntegrationGuidesCurlLinesRunAsWritten() throws Exception {
        Known known =
                admittedIntoANewCell("HRG", "Chi bộ Phòng Kế hoạch", "Vũ Thị Minh Thư", LocalDate.of(1989, 2, 14));
        IntegrationGuide guide = new IntegrationGuide();
        List<String> blocks = IntegrationGuide.shellBlocks();
        assertTrue(blocks.size() >= 11, blocks.size() + " shell blocks in " + IntegrationGuide.GUIDE);
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            Map<String, String> values = new LinkedHashMap<>();
            values.put("http://localhost:8080", Gateway.BASE_URL);
            values.put("http://localhost:8180", "http://localhost:" + LocalStack.KEYCLOAK);
            values.put(
                    "<grassroots committee id>",
                    known.request().getOrganizationId().toString());
            values.put("087085001234", known.nationalId());
            values.put("https://hr.example.vn/partybloc/events", receiver.url("/partybloc/events"));
            Map<String, String> environment = new HashMap<>();
            environment.put("ADMIN_TOKEN", admin());
            List<UUID> subscriptions = new ArrayList<>();
            for (String block : blocks) {
                String script = block;
                for (Map.Entry<String, String> value : values.entrySet()) {
                    script = script.replace(value.getKey(), value.getValue());
                }
                assertFalse(script.matches("(?s).*<[a-z ]+>.*"), "a placeholder the test does not fill:\n" + script);
                if (script.contains("/exports/") && script.contains("/content")) {
                    UUID job = UUID.fromString(values.get("<job id>"));
                    ExportsApi exports = new ExportsApi(Gateway.as(LocalStack.hrSystem()));
                    Awaitility.await()
                            .atMost(Duration.ofSeconds(60))
                            .until(() -> exports.getMemberExport(job).getStatus() == ExportStatus.DONE);
                }
                boolean takesAToken = script.startsWith("TOKEN=");
                String out = guide.run(takesAToken ? script + "printf %s \"$TOKEN\"\n" : script, environment);
                if (takesAToken) {
                    assertTrue(out.matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+"), "a token: " + out);
                    environment.put("TOKEN", out);
                }
                Matcher location = Pattern.compile("(?im)^location: .*/members/exports/([0-9a-f-]{36})\\s*$")
                        .matcher(out);
                if (location.find()) {
                    values.put("<job id>", location.group(1));
                }
                if (script.contains("/api/v1/webhooks/")) {
                    subscriptions.add(UUID.fromString(
                            new ObjectMapper().readTree(out).path("id").asText()));
                }
            }
            assertTrue(Files.size(guide.file("members.ndjson")) > 0, "the export downloaded into members.ndjson");
            assertEquals(1, subscriptions.size(), "the guide's webhook subscription");
            new WebhooksApi(Gateway.as(LocalStack.hrSystem())).deleteMembersWebhook(subscriptions.get(0));
        }
    }

    /**
     * Issue 19 §4: what the HR system read is on record in the share log, with the purpose it stated, the records it got
     * and the member it found (not the number it asked by), for an admin to read and to report on.
     */
    @Test
    void anHrSystemsSharesAreOnRecord() throws ApiException {
        String hr = LocalStack.hrSystem();
        Known known = admittedIntoANewCell("HRS", "Chi bộ Văn phòng", "Phan Thị Thu Hà", LocalDate.of(1991, 4, 30));
        UUID admitted = known.id();
        ShareLogApi log = new ShareLogApi(Gateway.as(admin()));
        String before = endOfShareLog(log);
        String purpose = "Dong bo ho so can bo, cong van 12/SNV";

        ChangesPage page = new ChangesFeedApi(Gateway.as(hr)).getMembersChanges(null, 5, null, null, purpose);
        new MembersApi(Gateway.as(hr)).lookUpMember(new MemberLookupRequest().nationalId(known.nationalId()), purpose);

        List<ShareLogEntry> lines = log.getMembersShareLog(before, "hr-integration", null, 1000, null)
                .getItems();
        assertEquals(
                List.of(ShareKind.FEED_READ, ShareKind.LOOK_UP),
                lines.stream().map(ShareLogEntry::getKind).toList());
        assertEquals((long) page.getItems().size(), lines.get(0).getRecords());
        assertEquals("/api/v1/members/" + admitted, lines.get(1).getResource());
        assertFalse(lines.toString().contains(known.nationalId()), "the log keeps the number asked by");
        lines.forEach(line -> {
            assertEquals(purpose, line.getPurpose());
            assertEquals("service-account-hr-integration", line.getCaller());
        });
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        List<ShareReportLine> report = log.getMembersShareLogReport(today.minusDays(1), today.plusDays(1))
                .getLines();
        assertTrue(
                report.stream()
                        .anyMatch(line -> "hr-integration".equals(line.getClientId())
                                && line.getKind() == ShareKind.LOOK_UP
                                && line.getShares() >= 1),
                "the report counts the HR system's look-ups: " + report);
        ApiException organizerRefused = assertThrows(
                ApiException.class,
                () -> new ShareLogApi(Gateway.as(LocalStack.login("organizer")))
                        .getMembersShareLog(null, null, null, 1, null));
        assertEquals(403, organizerRefused.getCode());
    }

    /**
     * Issue 19 §2 through the gateway: the HR system subscribes to each service's events, is posted the founding of a
     * cell and the admission of a member in it, each signed with its subscription's secret, and finds them DELIVERED
     * in the delivery log; an organizer may not hold subscriptions.
     */
    @Test
    void anHrSystemIsToldOfEachChangeByASignedWebhook() throws Exception {
        WebhooksApi webhooks = new WebhooksApi(Gateway.as(LocalStack.hrSystem()));
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            WebhookSubscription organizations = webhooks.createOrganizationsWebhook(
                    subscription(receiver.url("/organizations"), "OrganizationFounded"), null, null);
            WebhookSubscription members = webhooks.createMembersWebhook(
                    subscription(receiver.url("/members"), "MemberAdmitted"), "Dong bo ho so can bo", null);
            WebhookSubscription training =
                    webhooks.createTrainingWebhook(subscription(receiver.url("/training")), null, null);
            WebhookSubscription evaluations =
                    webhooks.createEvaluationsWebhook(subscription(receiver.url("/evaluations")), null, null);

            Known known = admittedIntoANewCell("WH", "Chi bộ Phòng Tổ chức", "Vi Thị Hoa", LocalDate.of(1994, 8, 2));

            Map<String, WebhookReceiver.Post> posted = Awaitility.await()
                    .atMost(Duration.ofSeconds(60))
                    .until(
                            () -> bySubject(receiver.posts()),
                            got -> got.containsKey(known.id().toString())
                                    && got.containsKey(
                                            known.request().getOrganizationId().toString()));
            WebhookReceiver.Post admission = posted.get(known.id().toString());
            assertEquals("/members", admission.path());
            assertEquals(
                    "MemberAdmitted",
                    JSON.readTree(admission.body()).get("type").asText());
            assertTrue(verified(members.getSecret(), admission), "signed with the member subscription's secret");
            assertFalse(
                    WebhookSignatures.verify(
                            members.getSecret(),
                            admission.id(),
                            admission.timestamp(),
                            admission.signature(),
                            admission.body().replace("MemberAdmitted", "MemberExpelled"),
                            Instant.now()),
                    "a body changed on the way does not verify");
            WebhookReceiver.Post founding =
                    posted.get(known.request().getOrganizationId().toString());
            assertEquals("/organizations", founding.path());
            assertEquals(
                    "OrganizationFounded",
                    JSON.readTree(founding.body()).get("type").asText());
            assertTrue(verified(organizations.getSecret(), founding), "signed with its own subscription's secret");
            // The log records a post once its answer is in, a moment after the receiver has it.
            Awaitility.await()
                    .atMost(Duration.ofSeconds(10))
                    .until(
                            () -> webhooks.listMembersWebhookDeliveries(members.getId(), null, 100).getItems().stream()
                                    .filter(delivery ->
                                            delivery.getId().toString().equals(admission.id()))
                                    .map(WebhookDelivery::getStatus)
                                    .findFirst(),
                            status -> status.equals(Optional.of(WebhookDeliveryStatus.DELIVERED)));

            ApiException organizerRefused = assertThrows(
                    ApiException.class,
                    () -> new WebhooksApi(Gateway.as(LocalStack.login("organizer"))).listMembersWebhooks(null));
            assertEquals(403, organizerRefused.getCode());
            // Paused, not deleted: ContractCoverageIT reads each Location the journeys received.
            WebhookStatusChangeRequest pause = new WebhookStatusChangeRequest().status(WebhookStatus.PAUSED);
            webhooks.changeOrganizationsWebhookStatus(organizations.getId(), pause, null);
            webhooks.changeMembersWebhookStatus(members.getId(), pause, null);
            webhooks.changeTrainingWebhookStatus(training.getId(), pause, null);
            assertEquals(
                    WebhookStatus.PAUSED,
                    webhooks.changeEvaluationsWebhookStatus(evaluations.getId(), pause, null)
                            .getStatus());
        }
    }

    private static WebhookSubscriptionRequest subscription(String url, String... types) {
        return new WebhookSubscriptionRequest().url(url).types(List.of(types));
    }

    private static boolean verified(String secret, WebhookReceiver.Post post) {
        return WebhookSignatures.verify(
                secret, post.id(), post.timestamp(), post.signature(), post.body(), Instant.now());
    }

    /** The posts by the subject of their event. */
    private static Map<String, WebhookReceiver.Post> bySubject(List<WebhookReceiver.Post> posts) throws Exception {
        Map<String, WebhookReceiver.Post> bySubject = new HashMap<>();
        for (WebhookReceiver.Post post : posts) {
            bySubject.put(JSON.readTree(post.body()).get("subject").asText(), post);
        }
        return bySubject;
    }

    /** A member the HR system knows: the request they were admitted with (their national id) and their id. */
    private record Known(MemberRequest request, UUID id) {
        String nationalId() {
            return request.getNationalId();
        }
    }

    /** A woman admitted by an organizer, 26 years after her birth, into a cell founded for the journey. */
    private Known admittedIntoANewCell(String codePrefix, String cellName, String fullName, LocalDate born)
            throws ApiException {
        String organizer = LocalStack.login("organizer");
        UUID cell = found(organizer, code(codePrefix), cellName, OrganizationType.GRASSROOTS_CELL, bloc);
        awaitMemberServiceKnows(organizer, cell);
        MemberRequest request = member(fullName, born, Gender.FEMALE, cell).admittedOn(born.plusYears(26));
        return new Known(
                request,
                new MembersApi(Gateway.as(organizer)).admitMember(request, null).getId());
    }

    /** The share log's cursor after its last line. */
    private static String endOfShareLog(ShareLogApi log) throws ApiException {
        String cursor = "0";
        for (boolean more = true; more; ) {
            ShareLogPage page = log.getMembersShareLog(cursor, null, null, 1000, null);
            cursor = page.getNext();
            more = Boolean.TRUE.equals(page.getHasMore());
        }
        return cursor;
    }

    private static List<String> subjects(ChangesPage page) {
        return page.getItems().stream().map(ChangeEvent::getSubject).toList();
    }

    /** Pages a changes feed to its end; returns the cursor after the last change. */
    private static String endOf(Page page) throws ApiException {
        String cursor = "0";
        for (boolean more = true; more; ) {
            ChangesPage changes = page.after(cursor);
            cursor = changes.getNext();
            more = Boolean.TRUE.equals(changes.getHasMore());
        }
        return cursor;
    }

    @FunctionalInterface
    private interface Page {
        ChangesPage after(String cursor) throws ApiException;
    }
}
