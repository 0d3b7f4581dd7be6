package vn.partybloc.evaluation.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;

/**
 * A discipline case against a party member, read in the subtree of the member's cell when it was opened; once decided
 * the form and, for a removal from post, the post. The decision travels as {@code DisciplineDecided}.
 */
@Entity
@Table(name = "discipline_cases")
public class DisciplineCase extends DisciplineCaseBase {

    @Column(name = "member_id")
    public UUID memberId;

    @Enumerated(EnumType.STRING)
    public DisciplineForm form;

    /** The post a removal from post ends. */
    @Column(name = "position_id")
    public UUID positionId;

    /** The member found the fault and finished remedying it themselves (QĐ 124-QĐ/TW, Điều 12 khoản 4 4.3 d). */
    @Column(name = "self_remedied")
    public boolean selfRemedied;
}
