package vn.partybloc.organization.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "Kind of meeting: REGULAR (sinh hoạt thường kỳ, monthly), THEMATIC (sinh hoạt chuyên đề), "
                + "EXTRAORDINARY (bất thường).")
public enum MeetingKind {
    REGULAR,
    THEMATIC,
    EXTRAORDINARY
}
