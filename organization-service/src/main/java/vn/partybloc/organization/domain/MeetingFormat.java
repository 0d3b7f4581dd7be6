package vn.partybloc.organization.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "How the meeting was held: IN_PERSON, ONLINE (trực tuyến) or HYBRID (both).")
public enum MeetingFormat {
    IN_PERSON,
    ONLINE,
    HYBRID
}
