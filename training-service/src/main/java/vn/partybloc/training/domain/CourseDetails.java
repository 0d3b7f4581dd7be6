package vn.partybloc.training.domain;

import java.time.LocalDate;
import java.util.UUID;

/** What a client sets on a course. */
public record CourseDetails(
        String title,
        CourseTopic topic,
        UUID organizationId,
        CourseFormat format,
        LocalDate startsOn,
        LocalDate endsOn,
        String place,
        int capacity) {}
