package vn.partybloc.member.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Academic title (học hàm): ASSOCIATE_PROFESSOR (PGS), PROFESSOR (GS).")
public enum AcademicTitle {
    ASSOCIATE_PROFESSOR,
    PROFESSOR
}
