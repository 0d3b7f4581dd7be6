package vn.partybloc.training.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import vn.partybloc.platform.persistence.AuditedEntity;

/** A contest (cuộc thi bí thư chi bộ giỏi, báo cáo viên giỏi…) held by an organization in a year. */
@Entity
@Table(name = "contests")
public class Contest extends AuditedEntity {

    @Id
    public UUID id;

    public String title;

    @Enumerated(EnumType.STRING)
    public ContestKind kind;

    @Column(name = "organization_id")
    public UUID organizationId;

    public int year;
}
