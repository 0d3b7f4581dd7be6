package vn.partybloc.training.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description =
                "GOOD_CELL_SECRETARY (bí thư chi bộ giỏi), GOOD_REPORTER (báo cáo viên giỏi), GOOD_PROPAGANDIST (tuyên truyền viên giỏi), OTHER.")
public enum ContestKind {
    GOOD_CELL_SECRETARY,
    GOOD_REPORTER,
    GOOD_PROPAGANDIST,
    OTHER
}
