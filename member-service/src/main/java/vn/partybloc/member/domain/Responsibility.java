package vn.partybloc.member.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;
import vn.partybloc.platform.persistence.AuditedEntity;

/** A field of party work a committee member is assigned, optionally with a cell they follow (phân công phụ trách). */
@Entity
@Table(name = "responsibilities")
public class Responsibility extends AuditedEntity {

    @Id
    public UUID id;

    @Column(name = "position_id")
    public UUID positionId;

    public String field;

    @Column(name = "followed_organization_id")
    public UUID followedOrganizationId;

    @Column(name = "attends_meetings")
    public boolean attendsMeetings;
}
