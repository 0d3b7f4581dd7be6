package vn.partybloc.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.MembersApi;
import vn.partybloc.client.api.QualificationLevelsApi;
import vn.partybloc.client.model.Gender;
import vn.partybloc.client.model.Member;
import vn.partybloc.client.model.MemberStatistics;
import vn.partybloc.client.model.OrganizationType;
import vn.partybloc.client.model.QualificationKind;
import vn.partybloc.client.model.QualificationLevel;
import vn.partybloc.client.model.QualificationLevelRequest;

/**
 * The qualification code lists: the demo's recorded levels are counted by code, and an organizer adds a level that
 * names a text no level named, so the member who wrote it is counted by it.
 */
@Order(3)
class QualificationLevelsIT extends Journey {

    @Test
    void anOrganizerAddsALevelAndTheMemberWhoWroteItIsCountedByIt() throws ApiException {
        String organizer = LocalStack.login("organizer");
        UUID committee =
                found(organizer, code("QL"), "Đảng bộ Sở Ngoại vụ", OrganizationType.GRASSROOTS_COMMITTEE, bloc);
        UUID cell = found(organizer, code("QC"), "Chi bộ Phòng Lãnh sự", OrganizationType.SUBORDINATE_CELL, committee);
        awaitMemberServiceKnows(organizer, cell);
        String suffix = Long.toHexString(System.nanoTime()).toUpperCase(Locale.ROOT);
        String written = "Tiếng Pháp B1 " + suffix;
        Member member = new MembersApi(Gateway.as(organizer))
                .admitMember(
                        member("Trần Thị Pháp", LocalDate.of(1988, 2, 14), Gender.FEMALE, cell)
                                .admittedOn(LocalDate.of(2012, 5, 19))
                                .fullMemberSince(LocalDate.of(2013, 5, 19))
                                .foreignLanguage(written),
                        null);
        assertNull(member.getForeignLanguageCode(), "no level names the text yet");

        QualificationLevelsApi levels = new QualificationLevelsApi(Gateway.as(organizer));
        QualificationLevel added = levels.addQualificationLevel(
                new QualificationLevelRequest()
                        .kind(QualificationKind.FOREIGN_LANGUAGE)
                        .code("TIENG_PHAP_B1_" + suffix)
                        .label("Tiếng Pháp bậc 3 " + suffix)
                        .aliases(List.of(written.toUpperCase(Locale.ROOT))),
                null);
        assertNull(added.getSourceDocument(), "a level an organizer adds without a document is unconfirmed");

        MembersApi members = new MembersApi(Gateway.as(organizer));
        assertEquals(added.getCode(), members.getMember(member.getId(), null).getForeignLanguageCode());
        MemberStatistics figures = members.getMemberStatistics(null, committee);
        assertEquals(1L, figures.getMembers().getForeignLanguage().getByCode().get(added.getCode()));
        assertEquals(0L, figures.getMembers().getForeignLanguage().getUnmapped());
    }

    @Test
    void theDemosRecordedLevelsAreCountedByCode() throws ApiException {
        MemberStatistics figures = new MembersApi(Gateway.as(admin())).getMemberStatistics(null, bloc);
        var languages = figures.getMembers().getForeignLanguage().getByCode();
        assertTrue(languages.getOrDefault("BAC_3", 0L) > 0 && languages.getOrDefault("BAC_2", 0L) > 0, "" + languages);
        assertTrue(figures.getMembers().getItSkill().getByCode().getOrDefault("CO_BAN", 0L) > 0);
        assertTrue(figures.getGrassrootsCommitteeMembers()
                        .getStateManagement()
                        .getByCode()
                        .size()
                >= 2);
    }
}
