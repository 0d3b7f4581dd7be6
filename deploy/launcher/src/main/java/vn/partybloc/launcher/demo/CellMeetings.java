package vn.partybloc.launcher.demo;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * A year of one cell's meetings as its secretary records them after the fact: the months it recorded (a month left
 * out is a gap), each with its meetings. Members are named by national id; the loader turns them into ids.
 */
public record CellMeetings(String cellCode, List<Month> months) {

    public CellMeetings {
        months = List.copyOf(months);
    }

    public record Month(YearMonth month, List<Meeting> meetings) {

        public Month {
            meetings = List.copyOf(meetings);
        }
    }

    public record Meeting(
            LocalDate heldOn,
            String kind,
            String format,
            String topic,
            String chairNationalId,
            String meetingSecretaryNationalId,
            String quality,
            List<Attendance> attendance,
            List<String> superiorNationalIds) {

        public Meeting {
            attendance = List.copyOf(attendance);
            superiorNationalIds = List.copyOf(superiorNationalIds);
        }
    }

    public record Attendance(String nationalId, String status, String reason) {}

    /**
     * A superior committee member assigned to follow a cell (phụ trách chi bộ): a responsibility on their seat on the
     * executive committee of {@code committeeOrganizationCode}.
     */
    public record Following(String memberNationalId, String committeeOrganizationCode, String cellCode) {}
}
