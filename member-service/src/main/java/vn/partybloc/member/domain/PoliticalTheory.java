package vn.partybloc.member.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description =
                "Political-theory level (lý luận chính trị): ELEMENTARY (sơ cấp), INTERMEDIATE (trung cấp), ADVANCED (cao cấp), BACHELOR (cử nhân).")
public enum PoliticalTheory {
    ELEMENTARY,
    INTERMEDIATE,
    ADVANCED,
    BACHELOR
}
