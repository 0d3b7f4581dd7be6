package vn.partybloc.organization.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A meeting of a cell (or of a committee), recorded with its month. */
@Entity
@Table(name = "meetings")
public class Meeting {

    @Id
    public UUID id;

    @Column(name = "month_id")
    public UUID monthId;

    @Column(name = "organization_id")
    public UUID organizationId;

    @Column(name = "held_on")
    public LocalDate heldOn;

    /** Order within the month, as recorded. */
    public int position;

    @Enumerated(EnumType.STRING)
    public MeetingKind kind;

    @Enumerated(EnumType.STRING)
    public MeetingFormat format;

    public String topic;

    @Column(name = "chair_member_id")
    public UUID chairMemberId;

    @Column(name = "meeting_secretary_member_id")
    public UUID meetingSecretaryMemberId;

    @Column(name = "minutes_reference")
    public String minutesReference;

    @Enumerated(EnumType.STRING)
    public MeetingQuality quality;

    /** Counts of {@link #attendance} and {@link #superiorAttendance}, kept with them for the reports. */
    public int present;

    @Column(name = "absent_with_leave")
    public int absentWithLeave;

    @Column(name = "absent_without_leave")
    public int absentWithoutLeave;

    @Column(name = "superior_attendees")
    public int superiorAttendees;

    @Column(name = "followers_attended")
    public int followersAttended;

    @ElementCollection
    @CollectionTable(name = "meeting_agenda_items", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    public List<AgendaItem> agenda = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "meeting_resolutions", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    @Column(name = "text")
    public List<String> resolutions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "meeting_guests", joinColumns = @JoinColumn(name = "meeting_id"))
    @OrderColumn(name = "position")
    public List<Guest> guests = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "meeting_attendance", joinColumns = @JoinColumn(name = "meeting_id"))
    public List<Attendance> attendance = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "meeting_superior_attendance", joinColumns = @JoinColumn(name = "meeting_id"))
    public List<SuperiorAttendance> superiorAttendance = new ArrayList<>();

    public long count(AttendanceStatus status) {
        return attendance.stream().filter(a -> a.status == status).count();
    }

    /** Sets the counts from the attendance, once it is complete. */
    void counted() {
        present = (int) count(AttendanceStatus.PRESENT);
        absentWithLeave = (int) count(AttendanceStatus.ABSENT_WITH_LEAVE);
        absentWithoutLeave = (int) count(AttendanceStatus.ABSENT_WITHOUT_LEAVE);
        superiorAttendees = superiorAttendance.size();
        followersAttended =
                (int) superiorAttendance.stream().filter(s -> s.followsCell).count();
    }
}
