package vn.partybloc.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.MigrationUpgrade;

/**
 * An evaluation-service database of the previous release (migrations up to V3) upgrades to this one; its positions
 * replica gains the end reason that the contracts' replica carries, and its members and organizations the dates of
 * their time in the Bloc (V4), unknown for the rows it already holds.
 */
class MigrationUpgradeTest {

    @Test
    void aDatabaseOfThePreviousReleaseUpgradesCleanly() throws Exception {
        String upgraded = MigrationUpgrade.of("evaluation")
                .from("3", "classpath:db/migration")
                .to(
                        "classpath:db/migration",
                        "classpath:db/replica/organizations",
                        "classpath:db/replica/members",
                        "classpath:db/replica/committees",
                        "classpath:db/replica/positions")
                .withRow("""
                        insert into organizations (id, code, name, type, parent_id, path, status, host_unit_name,
                                                   version, updated_at)
                        values ('00000000-0000-0000-0000-0000000000b1', 'BLOC', 'Đảng bộ Khối', 'BLOC_COMMITTEE', null,
                                '/00000000-0000-0000-0000-0000000000b1/', 'ACTIVE', null, 3, now())""")
                .withRow("""
                        insert into members (id, full_name, organization_id, membership_kind, status, version, updated_at)
                        values ('00000000-0000-0000-0000-0000000000c1', 'Nguyễn Văn An',
                                '00000000-0000-0000-0000-0000000000b1', 'FULL', 'ACTIVE', 1, now())""")
                .withRow("""
                        insert into committees (id, organization_id, kind, term_start_year, term_end_year, version,
                                                updated_at)
                        values ('00000000-0000-0000-0000-0000000000e1', '00000000-0000-0000-0000-0000000000b1',
                                'EXECUTIVE_COMMITTEE', 2020, 2025, 1, now())""")
                .withRow("""
                        insert into positions (id, member_id, committee_id, organization_id, committee_kind, position,
                                               starts_on, ends_on, version, updated_at)
                        values ('00000000-0000-0000-0000-0000000000d1', '00000000-0000-0000-0000-0000000000c1',
                                '00000000-0000-0000-0000-0000000000e1', '00000000-0000-0000-0000-0000000000b1',
                                'EXECUTIVE_COMMITTEE', 'SECRETARY', date '2020-10-01', null, 1, now())""")
                .check();
        try (Connection c = MigrationUpgrade.connect(upgraded);
                ResultSet r = c.createStatement()
                        .executeQuery("select end_reason is null and position = 'SECRETARY' from positions")) {
            assertTrue(r.next() && r.getBoolean(1), "the position kept its values and has no end reason");
        }
        try (Connection c = MigrationUpgrade.connect(upgraded);
                ResultSet r = c.createStatement()
                        .executeQuery(
                                "select (select entered_on is null and left_on is null and full_name = 'Nguyễn Văn An'"
                                        + " from members) and (select founded_on is null and received_on is null"
                                        + " and ended_on is null from organizations)")) {
            assertTrue(r.next() && r.getBoolean(1), "the replicas kept their rows, with no dates yet");
        }
    }

    /**
     * Events the previous release stored in its outbox carried free text about a person (an inspection's conclusion, a
     * review's cancel reason); the upgrade redacts them to what is published now and leaves everything else as it was.
     */
    @Test
    void theUpgradeRedactsFreeTextAboutAPersonFromStoredEvents() throws Exception {
        String upgraded = MigrationUpgrade.of("evaluation_outbox")
                .from(
                        "4",
                        "classpath:db/migration",
                        "classpath:db/replica/organizations",
                        "classpath:db/replica/members",
                        "classpath:db/replica/committees",
                        "classpath:db/replica/positions")
                .to(
                        "classpath:db/migration",
                        "classpath:db/replica/organizations",
                        "classpath:db/replica/members",
                        "classpath:db/replica/committees",
                        "classpath:db/replica/positions")
                .withRow(outboxRow("a1", "InspectionPlan", "InspectionConcluded", """
                        {"planId":"p1","itemId":"i1","status":"DONE","conclusion":"Vi phạm, đề nghị kỷ luật",\
                        "concludedOn":"2024-05-10","version":1}""", true))
                .withRow(outboxRow("a2", "Review", "ReviewCancelled", """
                        {"reviewId":"r1","status":"CANCELLED","level":"GOOD",\
                        "cancelReason":"Kết luận kiểm tra số 12-KL/UBKT","version":4}""", false))
                .withRow(outboxRow("a3", "Review", "ReviewDecided", """
                        {"reviewId":"r2","status":"DECIDED","level":"GOOD","cancelReason":null,"version":3}""", true))
                .withRow(outboxRow("a4", "ConfidenceVote", "ConfidenceVoteRecorded", """
                        {"voteId":"v1","body":"Ban Chấp hành","results":[{"memberId":"m1","low":7,"flag":"DISMISSAL"}]}""", true))
                .check();
        try (Connection c = MigrationUpgrade.connect(upgraded);
                ResultSet r = c.createStatement()
                        .executeQuery("select event_type, payload::text, published_at is not null from outbox order by"
                                + " event_id")) {
            assertTrue(r.next());
            assertEquals("InspectionConcluded", r.getString(1));
            assertEquals(
                    "{\"itemId\": \"i1\", \"planId\": \"p1\", \"status\": \"DONE\", \"version\": 1,"
                            + " \"concludedOn\": \"2024-05-10\"}",
                    r.getString(2));
            assertTrue(r.getBoolean(3), "a published event stays published");
            assertTrue(r.next());
            assertEquals(
                    "{\"level\": \"GOOD\", \"status\": \"CANCELLED\", \"version\": 4, \"reviewId\": \"r1\"}",
                    r.getString(2));
            assertTrue(!r.getBoolean(3), "an unpublished event stays unpublished");
            assertTrue(r.next());
            assertEquals(
                    "{\"level\": \"GOOD\", \"status\": \"DECIDED\", \"version\": 3, \"reviewId\": \"r2\"}",
                    r.getString(2));
            assertTrue(r.next());
            assertEquals(
                    "{\"body\": \"Ban Chấp hành\", \"voteId\": \"v1\", \"results\": [{\"low\": 7, \"flag\":"
                            + " \"DISMISSAL\", \"memberId\": \"m1\"}]}",
                    r.getString(2),
                    "counts and flags are kept: the feed shows them only to roles cleared for them");
        }
    }

    private static String outboxRow(String n, String aggregateType, String type, String payload, boolean published) {
        return """
                insert into outbox (event_id, topic, aggregate_type, aggregate_id, event_type, occurred_at, payload,
                                    published_at)
                values ('00000000-0000-0000-0000-0000000000%s', 'party.evaluations.v1', '%s', '%s', '%s', now(),
                        '%s'::jsonb, %s)""".formatted(n, aggregateType, n, type, payload, published ? "now()" : "null");
    }
}
