package vn.partybloc.organization.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "MeetingAgendaCategory",
        description = "Part of a meeting's agenda: POLITICAL_IDEOLOGICAL (tư tưởng chính trị), HOST_UNIT_TASKS (the "
                + "host unit's political tasks), PARTY_BUILDING (xây dựng Đảng), OTHER.")
public enum AgendaCategory {
    POLITICAL_IDEOLOGICAL,
    HOST_UNIT_TASKS,
    PARTY_BUILDING,
    OTHER
}
