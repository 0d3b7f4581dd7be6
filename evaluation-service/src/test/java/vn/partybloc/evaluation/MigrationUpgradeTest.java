package vn.partybloc.evaluation;

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
}
