package vn.partybloc.training.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The same schema as member-service's, so the gateway's merged document shares it. */
@Schema(
        name = "PositionKind",
        description =
                "SECRETARY (bí thư), DEPUTY_SECRETARY (phó bí thư), MEMBER (ủy viên); in an inspection committee CHAIR (chủ nhiệm), VICE_CHAIR (phó chủ nhiệm), MEMBER.")
public enum PositionKind {
    SECRETARY,
    DEPUTY_SECRETARY,
    MEMBER,
    CHAIR,
    VICE_CHAIR
}
