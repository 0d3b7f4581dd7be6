package vn.partybloc.platform.exports;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Where an export stands: QUEUED, RUNNING, then DONE (its content can be read) or FAILED.")
public enum ExportStatus {
    QUEUED,
    RUNNING,
    DONE,
    FAILED
}
