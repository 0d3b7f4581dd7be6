package vn.partybloc.training;

import org.junit.jupiter.api.Test;
import vn.partybloc.testing.MigrationUpgrade;

/** A training-service database of the previous release (migrations up to V2) upgrades to this one. */
class MigrationUpgradeTest {

    @Test
    void aDatabaseOfThePreviousReleaseUpgradesCleanly() throws Exception {
        MigrationUpgrade.of("training")
                .from("2", "classpath:db/migration")
                .to(
                        "classpath:db/migration",
                        "classpath:db/replica/organizations",
                        "classpath:db/replica/members",
                        "classpath:db/replica/positions")
                .withRow("""
                        insert into organizations (id, code, name, type, parent_id, path, status, version, updated_at)
                        values ('00000000-0000-0000-0000-0000000000b1', 'BLOC', 'Đảng bộ Khối', 'BLOC_COMMITTEE', null,
                                '/00000000-0000-0000-0000-0000000000b1/', 'ACTIVE', 3, now())""")
                .withRow("""
                        insert into members (id, full_name, organization_id, membership_kind, status, version, updated_at)
                        values ('00000000-0000-0000-0000-0000000000c1', 'Nguyễn Văn An',
                                '00000000-0000-0000-0000-0000000000b1', 'FULL', 'ACTIVE', 1, now())""")
                .withRow("""
                        insert into positions (id, member_id, committee_id, organization_id, committee_kind, position,
                                               starts_on, ends_on, end_reason, version, updated_at)
                        values ('00000000-0000-0000-0000-0000000000d1', '00000000-0000-0000-0000-0000000000c1',
                                '00000000-0000-0000-0000-0000000000e1', '00000000-0000-0000-0000-0000000000b1',
                                'EXECUTIVE_COMMITTEE', 'SECRETARY', date '2020-10-01', null, null, 1, now())""")
                .check();
    }
}
