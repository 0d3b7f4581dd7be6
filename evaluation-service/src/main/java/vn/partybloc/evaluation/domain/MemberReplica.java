package vn.partybloc.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.partybloc.contracts.replica.MemberReplicaBase;

/** What evaluation-service knows of a party member, from member-service's events. */
@Entity
@Table(name = "members")
public class MemberReplica extends MemberReplicaBase {

    /** The day the member came onto the Bloc's register (admitted or transferred in); null when not known. */
    @Column(name = "entered_on")
    public LocalDate enteredOn;

    /** The day the member left the register (transferred out, died, struck off, expelled); null when not known. */
    @Column(name = "left_on")
    public LocalDate leftOn;

    /** On the register at some day of {@code [from, to]}, as far as the replica knows (an unknown date does not count). */
    public Period.Presence presenceDuring(LocalDate from, LocalDate to) {
        return Period.presence(enteredOn, leftOn, from, to);
    }
}
