package vn.partybloc.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import vn.partybloc.platform.persistence.AuditedEntity;

/** A confidence-vote session of one body (QĐ 96-QĐ/TW); valid only if at least two thirds of those summoned attend. */
@Entity
@Table(name = "confidence_votes")
public class ConfidenceVote extends AuditedEntity {

    @Id
    public UUID id;

    @Column(name = "organization_id")
    public UUID organizationId;

    public String body;

    @Column(name = "voted_on")
    public LocalDate votedOn;

    public int summoned;

    public int present;

    public boolean valid;

    public String note;

    /** Domain rule 12: at least two thirds of those summoned attend. */
    public static boolean quorate(int summoned, int present) {
        return 3L * present >= 2L * summoned;
    }
}
