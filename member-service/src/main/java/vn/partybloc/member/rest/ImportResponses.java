package vn.partybloc.member.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jboss.resteasy.reactive.RestResponse;
import vn.partybloc.kernel.Languages;
import vn.partybloc.member.domain.ImportJob;
import vn.partybloc.member.domain.ImportJobs;
import vn.partybloc.member.domain.ImportKind;
import vn.partybloc.platform.web.ProblemException;
import vn.partybloc.platform.web.ProblemType;

/** What the import resources share: the file's format from its media type, 202 with the job, and reading a job. */
@ApplicationScoped
public class ImportResponses {

    static final String LANGUAGE =
            "The row errors and the failure are in Vietnamese when `Accept-Language` prefers it, "
                    + "else in English, whoever sent the file.";
    static final String CONTENT_LANGUAGE = "The language of the row errors' `message` and of `failure`: `vi` or `en`.";

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
        return RestResponse.ResponseBuilder.accepted(ImportJobResponse.from(job, List.of(), Languages.ENGLISH))
                .location(uri.getAbsolutePathBuilder().path(job.id.toString()).build())
                .build();
    }

    RestResponse<ImportJobResponse> get(UUID id, ImportKind kind, HttpHeaders headers) {
        Locale language = Languages.preferred(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        ImportJob job = jobs.get(id, kind);
        return RestResponse.ResponseBuilder.ok(ImportJobResponse.from(job, jobs.errors(id), language))
                .header(HttpHeaders.CONTENT_LANGUAGE, language.toLanguageTag())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }
}
