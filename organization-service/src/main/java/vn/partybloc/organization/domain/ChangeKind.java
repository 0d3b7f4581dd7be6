package vn.partybloc.organization.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description =
                "Kind of structural change: FOUND (thành lập), UPDATE, MOVE (transfer within the Bloc), TRANSFER_OUT (chuyển giao), "
                        + "TRANSFER_IN (tiếp nhận), SPLIT (chia tách), MERGE (sáp nhập / hợp nhất), DISSOLVE (giải thể).")
public enum ChangeKind {
    FOUND,
    UPDATE,
    MOVE,
    TRANSFER_OUT,
    TRANSFER_IN,
    SPLIT,
    MERGE,
    DISSOLVE
}
