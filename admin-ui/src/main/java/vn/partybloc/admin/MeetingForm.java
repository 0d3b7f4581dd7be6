package vn.partybloc.admin;

import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.MeetingAttendanceRequest;
import vn.partybloc.client.model.MeetingAttendanceStatus;
import vn.partybloc.client.model.MeetingFormat;
import vn.partybloc.client.model.MeetingKind;
import vn.partybloc.client.model.MeetingQuality;
import vn.partybloc.client.model.MeetingRequest;

/**
 * One meeting of a cell's month as the form's fields named as the request's, with a line of attendance for each member
 * of the cell: the members' ids, statuses and reasons come as three lists in the same order, one entry a member.
 */
public class MeetingForm {

    /** The lists the form offers, labelled in the page's words. */
    public record Choices(List<Option> kinds, List<Option> formats, List<Option> qualities, List<Option> statuses) {

        static Choices in(Labels labels) {
            return new Choices(
                    Option.of(List.of(MeetingKind.values()), labels::meeting_kind),
                    Option.of(List.of(MeetingFormat.values()), labels::meeting_format),
                    Option.of(List.of(MeetingQuality.values()), labels::meeting_quality),
                    Option.of(List.of(MeetingAttendanceStatus.values()), labels::attendance_status));
        }
    }

    /** The version of the month the page showed; empty when the month had not been recorded. */
    @RestForm
    String version;

    @RestForm
    String heldOn;

    @RestForm
    String kind;

    @RestForm
    String format;

    @RestForm
    String topic;

    @RestForm
    String quality;

    @RestForm
    String chairMemberId;

    @RestForm
    String meetingSecretaryMemberId;

    @RestForm
    String minutesReference;

    @RestForm
    List<String> attendeeId = List.of();

    @RestForm
    List<String> attendanceStatus = List.of();

    @RestForm
    List<String> absenceReason = List.of();

    /** A new meeting: a regular one, in person, with every member present until the secretary says otherwise. */
    static MeetingForm blank() {
        MeetingForm form = new MeetingForm();
        form.kind = MeetingKind.REGULAR.toString();
        form.format = MeetingFormat.IN_PERSON.toString();
        return form;
    }

    /** The request; a field left empty (or not a day, an id, a code of its list) is sent empty, for the API to say so. */
    MeetingRequest request() {
        List<MeetingAttendanceRequest> attendance = new ArrayList<>();
        for (int i = 0; i < attendeeId.size(); i++) {
            attendance.add(new MeetingAttendanceRequest()
                    .memberId(FormFields.id(attendeeId.get(i)))
                    .status(FormFields.code(at(attendanceStatus, i), MeetingAttendanceStatus::fromValue))
                    .reason(FormFields.text(at(absenceReason, i))));
        }
        return new MeetingRequest()
                .heldOn(FormFields.day(heldOn))
                .kind(FormFields.code(kind, MeetingKind::fromValue))
                .format(FormFields.code(format, MeetingFormat::fromValue))
                .topic(FormFields.text(topic))
                .quality(FormFields.code(quality, MeetingQuality::fromValue))
                .chairMemberId(FormFields.id(chairMemberId))
                .meetingSecretaryMemberId(FormFields.id(meetingSecretaryMemberId))
                .minutesReference(FormFields.text(minutesReference))
                .attendance(attendance);
    }

    /** The status the form gives {@code memberId}: as sent, or present on a new form. */
    public String statusOf(String memberId) {
        int i = attendeeId.indexOf(memberId);
        return i < 0 ? MeetingAttendanceStatus.PRESENT.toString() : at(attendanceStatus, i);
    }

    /** The reason the form gives for {@code memberId}'s absence, or none. */
    public String reasonOf(String memberId) {
        int i = attendeeId.indexOf(memberId);
        return i < 0 ? null : at(absenceReason, i);
    }

    private static String at(List<String> values, int i) {
        return i < values.size() ? values.get(i) : null;
    }

    public String getHeldOn() {
        return heldOn;
    }

    public String getKind() {
        return kind;
    }

    public String getFormat() {
        return format;
    }

    public String getTopic() {
        return topic;
    }

    public String getQuality() {
        return quality;
    }

    public String getChairMemberId() {
        return chairMemberId;
    }

    public String getMeetingSecretaryMemberId() {
        return meetingSecretaryMemberId;
    }

    public String getMinutesReference() {
        return minutesReference;
    }
}
