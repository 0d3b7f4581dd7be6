package vn.partybloc.admin;

import java.util.List;
import java.util.function.Function;
import vn.partybloc.client.model.Meeting;
import vn.partybloc.client.model.MeetingAgendaItemRequest;
import vn.partybloc.client.model.MeetingAttendanceRequest;
import vn.partybloc.client.model.MeetingGuestRequest;
import vn.partybloc.client.model.MeetingQuality;
import vn.partybloc.client.model.MeetingRequest;
import vn.partybloc.client.model.MeetingSuperiorAttendee;

/**
 * A recorded meeting as the request that records it again, every field kept (its agenda, resolutions, guests and the
 * superior committee's members too): a month is sent whole, so the meetings the form does not touch go as they were.
 */
final class MeetingRequests {

    private MeetingRequests() {}

    static MeetingRequest of(Meeting meeting) {
        return new MeetingRequest()
                .heldOn(meeting.getHeldOn())
                .kind(meeting.getKind())
                .format(meeting.getFormat())
                .topic(meeting.getTopic())
                .agenda(each(
                        meeting.getAgenda(),
                        item -> new MeetingAgendaItemRequest()
                                .category(item.getCategory())
                                .title(item.getTitle())))
                .chairMemberId(meeting.getChairMemberId())
                .meetingSecretaryMemberId(meeting.getMeetingSecretaryMemberId())
                .minutesReference(meeting.getMinutesReference())
                .resolutions(each(meeting.getResolutions(), Function.identity()))
                .quality(
                        meeting.getQuality() == null
                                ? null
                                : MeetingQuality.fromValue(meeting.getQuality().getValue()))
                .attendance(each(
                        meeting.getAttendance(),
                        line -> new MeetingAttendanceRequest()
                                .memberId(line.getMemberId())
                                .status(line.getStatus())
                                .reason(line.getReason())))
                .guests(each(
                        meeting.getGuests(),
                        guest -> new MeetingGuestRequest().name(guest.getName()).role(guest.getRole())))
                .superiorAttendeeIds(each(meeting.getSuperiorAttendees(), MeetingSuperiorAttendee::getMemberId));
    }

    private static <T, R> List<R> each(List<T> values, Function<T, R> request) {
        return values == null ? List.of() : values.stream().map(request).toList();
    }
}
