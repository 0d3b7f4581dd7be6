package vn.partybloc.training.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "EXCELLENT (xuất sắc), GOOD (giỏi), FAIR (khá), PASSED (đạt), FAILED (không đạt).")
public enum CompletionResult {
    EXCELLENT,
    GOOD,
    FAIR,
    PASSED,
    FAILED
}
