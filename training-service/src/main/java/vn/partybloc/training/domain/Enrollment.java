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

/** A member enrolled in a course, and how it ended for them. */
@Entity
@Table(name = "enrollments")
public class Enrollment extends AuditedEntity {

    @Id
    public UUID id;

    @Column(name = "course_id")
    public UUID courseId;

    @Column(name = "member_id")
    public UUID memberId;

    /** The member's cell when enrolled. */
    @Column(name = "organization_id")
    public UUID organizationId;

    @Enumerated(EnumType.STRING)
    public EnrollmentStatus status;

    @Enumerated(EnumType.STRING)
    public CompletionResult result;

    @Column(name = "completed_on")
    public LocalDate completedOn;

    @Column(name = "certificate_number")
    public String certificateNumber;
}
