package vn.partybloc.member.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description =
                "QUEUED behind other imports; RUNNING; DONE (every row processed, some possibly refused: see `errors`); "
                        + "FAILED (stopped, see `failure`; rows already processed stay imported, so the file can simply be sent again).")
public enum ImportStatus {
    QUEUED,
    RUNNING,
    DONE,
    FAILED
}
