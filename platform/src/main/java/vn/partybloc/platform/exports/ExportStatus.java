package vn.partybloc.platform.exports;

public enum ExportStatus {
    QUEUED,
    RUNNING,
    DONE,
    FAILED
}
