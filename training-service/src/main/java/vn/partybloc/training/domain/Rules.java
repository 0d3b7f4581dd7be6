package vn.partybloc.training.domain;

/** Ids of the domain rules this service enforces; a 422 problem names one in its {@code rule} field. */
public final class Rules {

    /** A course moves PLANNED → OPEN → RUNNING → FINISHED, or to CANCELLED before it finishes; each action needs a suitable status. */
    public static final String COURSE_STATUS = "TRN-COURSE-STATUS";
    /** A finished course is read-only except for an admin. */
    public static final String FINISHED_READ_ONLY = "TRN-FINISHED-READ-ONLY";
    /** A course never holds more enrollments than its capacity; a bulk enrolment that would exceed it writes nothing. */
    public static final String CAPACITY = "TRN-CAPACITY";
    /** Sessions lie within the course's dates; a completion is dated on or after the start and not in the future. */
    public static final String DATES = "TRN-DATES";
    /** Courses are organized by an active organization of the Bloc. */
    public static final String ORGANIZER = "TRN-ORGANIZER";
    /** Enrolled members and contest participants are active members known to the replica (and inside a secretary's subtree). */
    public static final String MEMBER = "TRN-MEMBER";
    /** Attendance and completions are recorded for enrolled members only. */
    public static final String ENROLLED = "TRN-ENROLLED";
    /** A member is enrolled in a course once. */
    public static final String ALREADY_ENROLLED = "TRN-ALREADY-ENROLLED";
    /** Contest results are for registered participants and rounds of the same contest. */
    public static final String CONTEST_PARTICIPANT = "CON-PARTICIPANT";

    private Rules() {}
}
