package vn.partybloc.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import vn.partybloc.platform.persistence.AuditedEntity;

/**
 * The times to acknowledge and to resolve a kind of complaint, in calendar days from its receipt, as data with their
 * source; a time the sources do not state is empty and sets no deadline.
 */
@Entity
@Table(name = "complaint_terms")
public class ComplaintTerms extends AuditedEntity {

    @Id
    @Enumerated(EnumType.STRING)
    public ComplaintKind kind;

    @Column(name = "acknowledge_within_days")
    public Integer acknowledgeWithinDays;

    @Column(name = "resolve_within_days")
    public Integer resolveWithinDays;

    public String source;

    public String note;

    public LocalDate acknowledgeBy(LocalDate receivedOn) {
        return acknowledgeWithinDays == null ? null : receivedOn.plusDays(acknowledgeWithinDays);
    }

    public LocalDate resolveBy(LocalDate receivedOn) {
        return resolveWithinDays == null ? null : receivedOn.plusDays(resolveWithinDays);
    }
}
