package vn.partybloc.evaluation.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description = "Outcome of an appeal against a discipline decision: UPHELD (giữ nguyên), CHANGED (thay đổi "
                + "hình thức), ANNULLED (xóa bỏ quyết định).")
public enum AppealOutcome {
    UPHELD,
    CHANGED,
    ANNULLED
}
