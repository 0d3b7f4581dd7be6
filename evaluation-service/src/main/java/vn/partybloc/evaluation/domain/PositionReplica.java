package vn.partybloc.evaluation.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.partybloc.contracts.replica.PositionReplicaBase;

/** What evaluation-service knows of a committee position, from member-service's events. */
@Entity
@Table(name = "positions")
public class PositionReplica extends PositionReplicaBase {

    public boolean heldDuring(LocalDate from, LocalDate to) {
        return !startsOn.isAfter(to) && (endsOn == null || !endsOn.isBefore(from));
    }
}
