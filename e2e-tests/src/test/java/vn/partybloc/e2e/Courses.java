package vn.partybloc.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.UUID;
import vn.partybloc.client.ApiClient;
import vn.partybloc.client.ApiException;
import vn.partybloc.client.api.CoursesApi;
import vn.partybloc.client.api.EnrollmentsApi;
import vn.partybloc.client.model.BulkEnrollmentRequest;
import vn.partybloc.client.model.CompletionItem;
import vn.partybloc.client.model.CompletionRequest;
import vn.partybloc.client.model.CourseRequest;
import vn.partybloc.client.model.CourseStatus;
import vn.partybloc.client.model.CourseStatusChange;
import vn.partybloc.client.model.EnrollmentRequest;

/** A course run from start to end through training-service, as the training journeys need one. */
final class Courses {

    private Courses() {}

    /** How a journey enrols its member: in a list, as the Bloc enrols many, or on their own. */
    enum Enrolment {
        IN_BULK,
        ONE
    }

    /** Schedules a course, enrols the member, runs it and records their completion; returns the course. */
    static UUID trainAndComplete(String token, CourseRequest request, Enrolment enrolment, CompletionItem completion)
            throws ApiException {
        ApiClient client = Gateway.as(token);
        UUID course = new CoursesApi(client).scheduleCourse(request, null).getId();
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
        new CoursesApi(client)
                .changeCourseStatus(course, new CourseStatusChange().status(CourseStatus.RUNNING), null, null);
        assertEquals(
                1,
                enrollments
                        .recordCompletions(course, new CompletionRequest().completions(List.of(completion)), null)
                        .getCompleted());
        return course;
    }
}
