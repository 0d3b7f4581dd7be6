package vn.partybloc.evaluation.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The forms of discipline of a party organization (QĐ 69-QĐ/TW, Điều 7; the same list in QĐ 22-QĐ/TW, Điều 10). */
@Schema(
        description = "Form of discipline of a party organization: REPRIMAND (khiển trách), WARNING (cảnh cáo), "
                + "DISSOLUTION (giải tán).")
public enum OrganizationDisciplineForm {
    REPRIMAND,
    WARNING,
    DISSOLUTION
}
