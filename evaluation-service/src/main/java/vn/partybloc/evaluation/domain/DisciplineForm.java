package vn.partybloc.evaluation.domain;

import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The forms of discipline of a party member (QĐ 69-QĐ/TW, Điều 7; the same list in QĐ 22-QĐ/TW, Điều 10). */
@Schema(
        description = "Form of discipline of a member: REPRIMAND (khiển trách), WARNING (cảnh cáo), REMOVAL_FROM_POST "
                + "(cách chức, of one post the member holds), EXPULSION (khai trừ). A probationary member may only be "
                + "reprimanded or warned.")
public enum DisciplineForm {
    REPRIMAND,
    WARNING,
    REMOVAL_FROM_POST,
    EXPULSION;

    /** QĐ 69-QĐ/TW, Điều 7: the forms a probationary member may be given. */
    public static final Set<DisciplineForm> FOR_PROBATIONARY = Set.of(REPRIMAND, WARNING);
}
