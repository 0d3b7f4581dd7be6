package vn.partybloc.member;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.partybloc.testing.MigrationUpgrade;

/** A member-service database of a previous release upgrades to this one. */
class MigrationUpgradeTest {

    private static final String BLOC = """
            insert into organizations (id, code, name, type, parent_id, path, status, version, updated_at)
            values ('00000000-0000-0000-0000-0000000000b1', 'BLOC', 'Đảng bộ Khối', 'BLOC_COMMITTEE', null,
                    '/00000000-0000-0000-0000-0000000000b1/', 'ACTIVE', 3, now())""";

    @Test
    void aDatabaseOfThePreviousReleaseUpgradesCleanly() throws Exception {
        MigrationUpgrade.of("member")
                .from("7", "classpath:db/migration")
                .to("classpath:db/migration", "classpath:db/replica/organizations")
                .withRow(BLOC)
                .check();
    }

    /**
     * The text members recorded before the code lists is kept, and each gets the code of the level it names: a seeded
     * level where one is spelled so, otherwise a level made from the recorded values (grouped as the statistics grouped
     * them, named by the most used spelling, unconfirmed).
     */
    @Test
    void theRecordedQualificationsGetTheCodesOfTheirLevels() throws Exception {
        String upgraded = MigrationUpgrade.of("member_levels")
                .from("9", "classpath:db/migration")
                .to("classpath:db/migration", "classpath:db/replica/organizations")
                .withRow(BLOC)
                .withRow(member(1, "chuyên viên", "Tiếng Anh B1", "Tin học văn phòng"))
                .withRow(member(2, null, "Anh văn C", "tin hoc  van phong"))
                .withRow(member(3, "Chuyên viên chính", "Anh văn C", null))
                .withRow(member(4, null, "ANH VĂN C", "Ứng dụng CNTT cơ bản"))
                .check();

        assertEquals(
                List.of(
                        "1 chuyên viên=CHUYEN_VIEN Tiếng Anh B1=BAC_3 Tin học văn phòng=TIN_HOC_VAN_PHONG",
                        "2 null=null Anh văn C=ANH_VAN_C tin hoc  van phong=TIN_HOC_VAN_PHONG",
                        "3 Chuyên viên chính=CHUYEN_VIEN_CHINH Anh văn C=ANH_VAN_C null=null",
                        "4 null=null ANH VĂN C=ANH_VAN_C Ứng dụng CNTT cơ bản=CO_BAN"),
                rows(upgraded, """
                        select right(id::text, 1) || ' ' || coalesce(state_management, 'null') || '='
                               || coalesce(state_management_code, 'null') || ' ' || coalesce(foreign_language, 'null')
                               || '=' || coalesce(foreign_language_code, 'null') || ' ' || coalesce(it_skill, 'null')
                               || '=' || coalesce(it_skill_code, 'null')
                        from members order by id"""));
        assertEquals(
                List.of(
                        "FOREIGN_LANGUAGE ANH_VAN_C Anh văn C unconfirmed",
                        "IT TIN_HOC_VAN_PHONG Tin học văn phòng unconfirmed"),
                rows(upgraded, """
                        select kind || ' ' || code || ' ' || label || ' '
                               || coalesce(source_document, 'unconfirmed')
                        from qualification_levels where created_by = 'migration V10' and code not in
                            ('CHUYEN_VIEN', 'CHUYEN_VIEN_CHINH', 'CHUYEN_VIEN_CAO_CAP', 'BAC_1', 'BAC_2', 'BAC_3',
                             'BAC_4', 'BAC_5', 'BAC_6', 'CO_BAN', 'NANG_CAO')
                        order by kind, code"""));
    }

    private static String member(int n, String stateManagement, String foreignLanguage, String itSkill) {
        return """
                insert into members (id, full_name, date_of_birth, gender, national_id, admitted_on, membership_kind,
                                     organization_id, status, state_management, foreign_language, it_skill, version,
                                     created_at, created_by, updated_at, updated_by)
                values ('00000000-0000-0000-0000-00000000000%d', 'Đảng viên %d', '1985-04-12', 'MALE', '08708500000%d',
                        '2010-05-19', 'FULL', '00000000-0000-0000-0000-0000000000b1', 'ACTIVE', %s, %s, %s, 0,
                        now(), 'test', now(), 'test')""".formatted(n, n, n, literal(stateManagement), literal(foreignLanguage), literal(itSkill));
    }

    private static String literal(String text) {
        return text == null ? "null" : "'" + text + "'";
    }

    private static List<String> rows(String url, String sql) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = MigrationUpgrade.connect(url);
                Statement statement = c.createStatement();
                ResultSet r = statement.executeQuery(sql)) {
            while (r.next()) {
                rows.add(r.getString(1));
            }
        }
        return rows;
    }
}
