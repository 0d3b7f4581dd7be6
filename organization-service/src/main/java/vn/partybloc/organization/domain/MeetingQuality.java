package vn.partybloc.organization.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "The cell's own assessment of a meeting's quality: GOOD (tốt), FAIR (khá), AVERAGE (trung bình), "
                + "POOR (kém).")
public enum MeetingQuality {
    GOOD,
    FAIR,
    AVERAGE,
    POOR
}
