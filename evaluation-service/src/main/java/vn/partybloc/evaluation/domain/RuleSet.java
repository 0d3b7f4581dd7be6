package vn.partybloc.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import vn.partybloc.platform.persistence.AuditedEntity;

/**
 * The rating rules in force from a date, with their source documents (domain rules 10 and 11). A review is judged by
 * the rule set in force on its cycle's first day.
 */
@Entity
@Table(name = "rule_sets")
public class RuleSet extends AuditedEntity {

    @Id
    public UUID id;

    public String code;

    public String documents;

    @Column(name = "effective_from")
    public LocalDate effectiveFrom;

    @Column(name = "uses_score")
    public boolean usesScore;

    @Column(name = "excellent_min_score")
    public BigDecimal excellentMinScore;

    @Column(name = "good_min_score")
    public BigDecimal goodMinScore;

    @Column(name = "complete_min_score")
    public BigDecimal completeMinScore;

    /** Excellent may be at most this percent of those rated good, within one grassroots organization; null: no cap. */
    @Column(name = "excellent_cap_percent")
    public BigDecimal excellentCapPercent;

    public String note;

    /** The level a person disciplined in the year is rated (issue 20, {@code REV-DISCIPLINED}); null: no rule known. */
    @Enumerated(EnumType.STRING)
    @Column(name = "disciplined_member_level")
    public Level disciplinedMemberLevel;

    /** The level a score falls in; only for rule sets that use a score. */
    public Level levelOf(BigDecimal score) {
        if (score.compareTo(excellentMinScore) >= 0) {
            return Level.EXCELLENT;
        }
        if (score.compareTo(goodMinScore) >= 0) {
            return Level.GOOD;
        }
        return score.compareTo(completeMinScore) >= 0 ? Level.COMPLETE : Level.NOT_COMPLETE;
    }
}
