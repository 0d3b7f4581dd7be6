package vn.partybloc.training.domain;

import java.time.LocalDate;

/** What a course search asks for; a null field asks nothing. */
public record CourseFilter(
        String q, CourseTopic topic, CourseStatus status, String subtreePath, LocalDate from, LocalDate to) {}
