package vn.partybloc.member.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import vn.partybloc.platform.persistence.AuditedEntity;
import vn.partybloc.platform.web.ProblemException;

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

    static Responsibility of(
            UUID positionId,
            String field,
            UUID followedOrganizationId,
            boolean attendsMeetings,
            String actor,
            Instant now) {
        Responsibility r = new Responsibility();
        r.id = UUID.randomUUID();
        r.positionId = positionId;
        r.field = field;
        r.followedOrganizationId = followedOrganizationId;
        r.attendsMeetings = attendsMeetings;
        r.created(actor, now);
        return r;
    }

    /** Responsibilities are given to positions still held ({@link Rules#POSITION_HELD}). */
    static void requireHeld(Position position) {
        if (position.endsOn != null) {
            throw ProblemException.rule(Rules.POSITION_HELD, "position.ended", position.endsOn);
        }
    }

    /**
     * A followed cell is an active cell under the organization the committee leads ({@link Rules#FOLLOWED_CELL}).
     */
    static void requireFollowable(OrganizationReplica committeeOrganization, OrganizationReplica followed) {
        if (!followed.isCell() || !followed.isActive() || !committeeOrganization.contains(followed)) {
            throw ProblemException.rule(
                    Rules.FOLLOWED_CELL, "responsibility.followed-cell", followed.code, committeeOrganization.code);
        }
    }
}
