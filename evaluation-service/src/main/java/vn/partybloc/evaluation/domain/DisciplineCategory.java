package vn.partybloc.evaluation.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What kind of violation a case is about, for the reports. */
@Schema(
        description = "Category of a violation: POLITICS_ETHICS_LIFESTYLE (chính trị, tư tưởng, đạo đức, lối sống), "
                + "PARTY_ACTIVITIES (sinh hoạt đảng, nhiệm vụ đảng viên), ASSIGNED_TASKS (nhiệm vụ được giao), "
                + "CORRUPTION_WASTE (tham nhũng, lãng phí, tiêu cực), OTHER.")
public enum DisciplineCategory {
    POLITICS_ETHICS_LIFESTYLE,
    PARTY_ACTIVITIES,
    ASSIGNED_TASKS,
    CORRUPTION_WASTE,
    OTHER
}
