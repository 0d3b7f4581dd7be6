package vn.partybloc.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jboss.resteasy.reactive.RestForm;
import vn.partybloc.client.model.MeetingAgendaCategory;
import vn.partybloc.client.model.MeetingAgendaItemRequest;
import vn.partybloc.client.model.MeetingAttendanceRequest;
import vn.partybloc.client.model.MeetingAttendanceStatus;
import vn.partybloc.client.model.MeetingFormat;
import vn.partybloc.client.model.MeetingGuestRequest;
import vn.partybloc.client.model.MeetingKind;
import vn.partybloc.client.model.MeetingQuality;
import vn.partybloc.client.model.MeetingRequest;

/**
 * One meeting of a cell's month as the form's fields named as the request's, with a line of attendance for each member
 * of the cell: the members' ids, statuses and reasons come as three lists in the same order, one entry a member. Its
 * agenda, resolutions and guests are rows of their own, a row left empty sent as none; the superior committee's members
 * who attended are chosen by name.
 */
public class MeetingForm {

    /** Rows offered for the agenda, the resolutions and the guests: a cell's meeting has a few of each. */
    static final int AGENDA_ROWS = 4;

    static final int RESOLUTION_ROWS = 3;
    static final int GUEST_ROWS = 3;

    /** The lists the form offers, labelled in the page's words. */
    public record Choices(
            List<Option> kinds,
            List<Option> formats,
            List<Option> qualities,
            List<Option> statuses,
            List<Option> agendaCategories) {

        static Choices in(Labels labels, MeetingWords words) {
            return new Choices(
                    Option.of(List.of(MeetingKind.values()), labels::meeting_kind),
                    Option.of(List.of(MeetingFormat.values()), labels::meeting_format),
                    Option.of(List.of(MeetingQuality.values()), labels::meeting_quality),
                    Option.of(List.of(MeetingAttendanceStatus.values()), labels::attendance_status),
                    Option.of(List.of(MeetingAgendaCategory.values()), words::agenda_category));
        }
    }

    /**
     * A row of a repeated part: its number on the page, its place among the rows sent (-1 when left empty, so the API's
     * {@code agenda[i]} names the row it came from) and the two values entered (the second none for a resolution).
     */
    public record Row(int number, int index, String first, String second) {}

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

    @RestForm
    List<String> agendaCategory = List.of();

    @RestForm
    List<String> agendaTitle = List.of();

    @RestForm
    List<String> resolution = List.of();

    @RestForm
    List<String> guestName = List.of();

    @RestForm
    List<String> guestRole = List.of();

    @RestForm
    List<String> superiorAttendeeId = List.of();

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
                .attendance(attendance)
                .agenda(sent(agendaRows()).stream()
                        .map(row -> new MeetingAgendaItemRequest()
                                .category(FormFields.code(row.first(), MeetingAgendaCategory::fromValue))
                                .title(FormFields.text(row.second())))
                        .toList())
                .resolutions(sent(resolutionRows()).stream()
                        .map(row -> FormFields.text(row.first()))
                        .toList())
                .guests(sent(guestRows()).stream()
                        .map(row -> new MeetingGuestRequest()
                                .name(FormFields.text(row.first()))
                                .role(FormFields.text(row.second())))
                        .toList())
                .superiorAttendeeIds(superiorAttendeeId.stream()
                        .map(FormFields::id)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList());
    }

    public List<Row> agendaRows() {
        return rows(AGENDA_ROWS, agendaCategory, agendaTitle);
    }

    public List<Row> resolutionRows() {
        return rows(RESOLUTION_ROWS, resolution, List.of());
    }

    public List<Row> guestRows() {
        return rows(GUEST_ROWS, guestName, guestRole);
    }

    /** The superior committee members chosen, by id. */
    public List<String> getSuperiorAttendeeIds() {
        return superiorAttendeeId;
    }

    /** The rows as entered, padded to {@code shown}; a row with nothing entered is left out of the request. */
    private static List<Row> rows(int shown, List<String> first, List<String> second) {
        List<Row> rows = new ArrayList<>();
        int sent = 0;
        for (int i = 0; i < Math.max(shown, Math.max(first.size(), second.size())); i++) {
            String a = at(first, i);
            String b = at(second, i);
            boolean entered = !FormFields.blank(a) || !FormFields.blank(b);
            rows.add(new Row(i + 1, entered ? sent++ : -1, a, b));
        }
        return rows;
    }

    private static List<Row> sent(List<Row> rows) {
        return rows.stream().filter(row -> row.index() >= 0).toList();
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
