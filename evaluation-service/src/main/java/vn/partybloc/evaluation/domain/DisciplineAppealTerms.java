package vn.partybloc.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** How long a disciplined member has to appeal, as data with its source (one row). */
@Entity
@Table(name = "discipline_appeal_terms")
public class DisciplineAppealTerms {

    @Id
    public short id;

    @Column(name = "within_months")
    public int withinMonths;

    public String source;

    public String note;

    public LocalDate lastDayFor(LocalDate receivedOn) {
        return receivedOn.plusMonths(withinMonths);
    }
}
