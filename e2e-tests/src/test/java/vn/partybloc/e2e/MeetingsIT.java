package vn.partybloc.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.partybloc.e2e.OverviewSections.meetings;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.ApiResponse;
import vn.partybloc.client.api.MeetingsApi;
import vn.partybloc.client.api.MembersApi;
import vn.partybloc.client.api.OrganizationsApi;
import vn.partybloc.client.api.ReportsApi;
import vn.partybloc.client.model.MeetingAttendanceRequest;
import vn.partybloc.client.model.MeetingAttendanceStatus;
import vn.partybloc.client.model.MeetingFormat;
import vn.partybloc.client.model.MeetingKind;
import vn.partybloc.client.model.MeetingMonth;
import vn.partybloc.client.model.MeetingMonthRequest;
import vn.partybloc.client.model.MeetingReportCell;
import vn.partybloc.client.model.MeetingRequest;
import vn.partybloc.client.model.MeetingYear;
import vn.partybloc.client.model.Member;
import vn.partybloc.client.model.MemberStatus;
import vn.partybloc.client.model.OrganizationType;

/**
 * A cell's secretary enters a month of meetings after the fact, in one request, and the cell's report and the
 * overview follow at once: the month is no longer missing its regular meeting and the attendance counts grow.
 */
@Order(3)
class MeetingsIT extends Journey {

    private static final String JULY = "2023-07";
    private static final LocalDate END_OF_JULY = LocalDate.of(2023, 7, 31);

    @Test
    void aSecretaryRecordsAMonthOfMeetingsAndTheReportAndOverviewFollow() throws ApiException {
        String secretary = LocalStack.login("secretary");
        MeetingsApi meetings = new MeetingsApi(Gateway.as(secretary));
        ReportsApi reports = new ReportsApi(Gateway.as(secretary));
        // The demo secretary's grassroots committee (their scope root) and one of its subordinate cells.
        UUID committee = reports.getOverview(END_OF_JULY, null, null).getOrganizationId();
        UUID cell = new OrganizationsApi(Gateway.as(secretary))
                .listSubtree(committee, null, 0, null, 1, null, null, List.of(OrganizationType.SUBORDINATE_CELL))
                .getItems()
                .get(0)
                .getId();
        List<Member> members = new MembersApi(Gateway.as(admin()))
                .listMembers(
                        null,
                        null,
                        null,
                        null,
                        null,
                        cell,
                        0,
                        null,
                        null,
                        null,
                        100,
                        null,
                        List.of(MemberStatus.ACTIVE))
                .getItems();
        assertFalse(members.isEmpty());

        MeetingReportCell before =
                meetings.getMeetingReport(cell, JULY, JULY).getCells().get(0);
        assertEquals(List.of(JULY), before.getMonthsWithoutRegularMeeting());
        MeetingYear overviewBefore = meetings(reports.getOverview(END_OF_JULY, null, null));

        MeetingRequest regular = new MeetingRequest()
                .heldOn(LocalDate.of(2023, 7, 11))
                .kind(MeetingKind.REGULAR)
                .format(MeetingFormat.HYBRID)
                .topic("Sinh hoạt chi bộ thường kỳ tháng 7/2023")
                .chairMemberId(members.get(0).getId());
        members.forEach(m -> regular.addAttendanceItem(
                new MeetingAttendanceRequest().memberId(m.getId()).status(MeetingAttendanceStatus.PRESENT)));
        ApiResponse<MeetingMonth> recorded = meetings.recordMeetingMonthWithHttpInfo(
                cell, JULY, new MeetingMonthRequest().addMeetingsItem(regular), null);
        assertEquals(201, recorded.getStatusCode());
        assertEquals(
                members.size(),
                recorded.getData().getMeetings().get(0).getAttendance().size());

        MeetingReportCell after =
                meetings.getMeetingReport(cell, JULY, JULY).getCells().get(0);
        assertEquals(List.of(), after.getMonthsWithoutRegularMeeting());
        assertEquals(1L, after.getOnlineOrHybridMeetings().longValue());
        MeetingYear overviewAfter = meetings(reports.getOverview(END_OF_JULY, null, null));
        assertEquals(
                overviewBefore.getSummary().getCellMonthsWithoutRegularMeeting() - 1,
                overviewAfter.getSummary().getCellMonthsWithoutRegularMeeting());
        assertEquals(
                overviewBefore.getSummary().getAttendance().getPresent() + members.size(),
                overviewAfter.getSummary().getAttendance().getPresent().longValue());
        assertEquals(
                overviewBefore.getSummary().getMeetings() + 1,
                overviewAfter.getSummary().getMeetings().longValue());

        // A viewer reads the month; only those who record meetings may change it.
        MeetingsApi viewer = new MeetingsApi(Gateway.as(LocalStack.login("viewer")));
        assertEquals(1, viewer.getMeetingMonth(cell, JULY).getMeetings().size());
        ApiException refused = assertThrows(
                ApiException.class,
                () -> viewer.recordMeetingMonth(cell, JULY, new MeetingMonthRequest().meetings(List.of()), null));
        assertEquals(403, refused.getCode());
        assertTrue(viewer.listMeetings(cell, JULY, JULY).stream()
                .allMatch(m -> m.getHeldOn().getMonthValue() == 7));
    }
}
