package vn.partybloc.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import vn.partybloc.platform.persistence.AuditedEntity;

/** A training course (lớp bồi dưỡng) organized by an organization of the Bloc. */
@Entity
@Table(name = "courses")
public class Course extends AuditedEntity {

    @Id
    public UUID id;

    public String title;

    @Enumerated(EnumType.STRING)
    public CourseTopic topic;

    @Column(name = "organization_id")
    public UUID organizationId;

    @Enumerated(EnumType.STRING)
    public CourseFormat format;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    public String place;

    public int capacity;

    @Enumerated(EnumType.STRING)
    public CourseStatus status;
}
