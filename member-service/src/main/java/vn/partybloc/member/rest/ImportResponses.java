package vn.partybloc.member.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import vn.partybloc.member.domain.ImportJob;
import vn.partybloc.member.domain.ImportJobs;
import vn.partybloc.member.domain.ImportKind;
import vn.partybloc.platform.web.ProblemException;
import vn.partybloc.platform.web.ProblemType;

/** What the import resources share: the file's format from its media type, 202 with the job, and reading a job. */
@ApplicationScoped
public class ImportResponses {

    private final ImportJobs jobs;

    public ImportResponses(ImportJobs jobs) {
        this.jobs = jobs;
    }

    static String format(MediaType type) {
        if (type != null && type.isCompatible(MediaType.valueOf(ImportFiles.CSV))) {
            return ImportFiles.CSV;
        }
        if (type != null && type.isCompatible(MediaType.valueOf(ImportFiles.NDJSON))) {
            return ImportFiles.NDJSON;
        }
        throw new ProblemException(ProblemType.UNSUPPORTED_MEDIA_TYPE, "import.media-type");
    }

    RestResponse<ImportJobResponse> accepted(ImportJob job, UriInfo uri) {
        return RestResponse.ResponseBuilder.accepted(ImportJobResponse.from(job, List.of()))
                .location(uri.getAbsolutePathBuilder().path(job.id.toString()).build())
                .build();
    }

    ImportJobResponse get(UUID id, ImportKind kind) {
        ImportJob job = jobs.get(id, kind);
        return ImportJobResponse.from(job, jobs.errors(id));
    }
}
