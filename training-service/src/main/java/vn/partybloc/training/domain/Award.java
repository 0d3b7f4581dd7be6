package vn.partybloc.training.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "FIRST (giải nhất), SECOND (giải nhì), THIRD (giải ba), CONSOLATION (giải khuyến khích).")
public enum Award {
    FIRST,
    SECOND,
    THIRD,
    CONSOLATION
}
