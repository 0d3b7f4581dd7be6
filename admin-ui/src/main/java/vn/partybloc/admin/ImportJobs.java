package vn.partybloc.admin;

import io.quarkus.qute.TemplateExtension;
import vn.partybloc.client.model.ImportJob;
import vn.partybloc.client.model.ImportStatus;

/** What a page says of an import job. */
@TemplateExtension
final class ImportJobs {

    private ImportJobs() {}

    /** Whether the job is still to finish, for its status to keep asking. */
    static boolean running(ImportJob job) {
        return job.getStatus() == ImportStatus.QUEUED || job.getStatus() == ImportStatus.RUNNING;
    }
}
