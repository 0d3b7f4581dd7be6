package vn.partybloc.member;

import org.junit.jupiter.api.Test;
import vn.partybloc.testing.MigrationUpgrade;

/** A member-service database of the previous release (migrations up to V7) upgrades to this one. */
class MigrationUpgradeTest {

    @Test
    void aDatabaseOfThePreviousReleaseUpgradesCleanly() throws Exception {
        MigrationUpgrade.of("member")
                .from("7", "classpath:db/migration")
                .to("classpath:db/migration", "classpath:db/replica/organizations")
                .withRow("""
                        insert into organizations (id, code, name, type, parent_id, path, status, version, updated_at)
                        values ('00000000-0000-0000-0000-0000000000b1', 'BLOC', 'Đảng bộ Khối', 'BLOC_COMMITTEE', null,
                                '/00000000-0000-0000-0000-0000000000b1/', 'ACTIVE', 3, now())""")
                .check();
    }
}
