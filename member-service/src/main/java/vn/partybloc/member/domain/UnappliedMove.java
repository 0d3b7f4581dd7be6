package vn.partybloc.member.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A member a structural change named (or carried) whom member-service could not move, kept for the organizer. */
@Entity
@Table(name = "unapplied_member_moves")
public class UnappliedMove {

    /** Why a member could not follow their organization. */
    @Schema(name = "UnappliedMoveReason", description = "Why a member could not follow their organization.")
    public enum Reason {
        /** A split listed a member who is not on the register in the split organization. */
        NOT_IN_THE_ORGANIZATION,
        /** The organization a cell merged into is not a cell, so it cannot hold members. */
        TARGET_NOT_A_CELL
    }

    @Id
    public UUID id;

    @Column(name = "organization_change_id")
    public UUID organizationChangeId;

    @Column(name = "organization_id")
    public UUID organizationId;

    @Column(name = "member_id")
    public UUID memberId;

    @Enumerated(EnumType.STRING)
    public Reason reason;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    static UnappliedMove of(UUID changeId, UUID organizationId, UUID memberId, Reason reason) {
        UnappliedMove move = new UnappliedMove();
        move.id = UUID.randomUUID();
        move.organizationChangeId = changeId;
        move.organizationId = organizationId;
        move.memberId = memberId;
        move.reason = reason;
        move.recordedAt = Instant.now();
        return move;
    }
}
