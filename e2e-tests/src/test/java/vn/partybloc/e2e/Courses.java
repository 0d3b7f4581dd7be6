package vn.partybloc.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partybloc.client.ApiClient;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.CoursesApi;
import vn.partybloc.client.api.EnrollmentsApi;
import vn.partybloc.client.model.BulkEnrollmentRequest;
import vn.partybloc.client.model.CompletionItem;
import vn.partybloc.client.model.CompletionRequest;
import vn.partybloc.client.model.CourseFormat;
import vn.partybloc.client.model.CourseRequest;
import vn.partybloc.client.model.CourseStatus;
import vn.partybloc.client.model.CourseStatusChange;
import vn.partybloc.client.model.CourseTopic;
import vn.partybloc.client.model.EnrollmentRequest;

/** A course run from start to end through training-service, as the training journeys need one. */
final class Courses {

    private Courses() {}

    /** How a journey enrols its member: in a list, as the Bloc enrols many, or on their own. */
    enum Enrolment {
        IN_BULK,
        ONE
    }

    /** A course on party work held by {@code organization} from {@code startsOn} to {@code endsOn}, for 30 people. */
    static CourseRequest partyWork(
            String title, UUID organization, CourseFormat format, LocalDate startsOn, LocalDate endsOn) {
        return new CourseRequest()
                .title(title)
                .topic(CourseTopic.PARTY_WORK)
                .organizationId(organization)
                .format(format)
                .startsOn(startsOn)
                .endsOn(endsOn)
                .capacity(30);
    }

    /** Schedules a course and starts it; returns the course. */
    private static UUID running(String token, CourseRequest request) throws ApiException {
        CoursesApi courses = new CoursesApi(Gateway.as(token));
        UUID course = courses.scheduleCourse(request, null).getId();
        courses.changeCourseStatus(course, new CourseStatusChange().status(CourseStatus.RUNNING), null, null);
        return course;
    }

    /** Schedules a course, runs it with the member enrolled and records their completion; returns the course. */
    static UUID trainAndComplete(String token, CourseRequest request, Enrolment enrolment, CompletionItem completion)
            throws ApiException {
        ApiClient client = Gateway.as(token);
        UUID course = running(token, request);
        EnrollmentsApi enrollments = new EnrollmentsApi(client);
        UUID member = completion.getMemberId();
        if (enrolment == Enrolment.IN_BULK) {
            assertEquals(
                    1,
                    enrollments
                            .enrolMembers(course, new BulkEnrollmentRequest().memberIds(List.of(member)), null)
                            .getEnrolled());
        } else {
            assertEquals(
                    member,
                    enrollments
                            .enrolMember(course, new EnrollmentRequest().memberId(member), null)
                            .getMemberId());
        }
        assertEquals(
                1,
                enrollments
                        .recordCompletions(course, new CompletionRequest().completions(List.of(completion)), null)
                        .getCompleted());
        return course;
    }
}
