package vn.partybloc.client;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

/**
 * The downloads the generated client cannot read: its {@code native} library parses every answer as one JSON value, so
 * {@code ExportsApi.getMemberExportContent} and the other families' {@code get...ExportContent} fail on an export's NDJSON
 * (and on its CSV). These send the same request through the same {@link ApiClient} (its HTTP client, base URI, interceptors and
 * timeout) and hand back the body as a stream, to be read a line at a time whatever its size.
 */
public final class Downloads {

    private Downloads() {}

    /** A DONE member export's content, one member per line; an {@link ApiException} for any answer but 200. */
    public static InputStream memberExportContent(ApiClient client, UUID exportId) throws ApiException {
        return get(client, "/api/v1/members/exports/" + exportId + "/content", "application/x-ndjson");
    }

    /** A DONE organization export's content, one organization per line in tree order. */
    public static InputStream organizationExportContent(ApiClient client, UUID exportId) throws ApiException {
        return get(client, "/api/v1/organizations/exports/" + exportId + "/content", "application/x-ndjson");
    }

    /** A DONE export of committee positions, one position per line. */
    public static InputStream positionExportContent(ApiClient client, UUID exportId) throws ApiException {
        return get(client, "/api/v1/positions/exports/" + exportId + "/content", "application/x-ndjson");
    }

    /** A DONE export of ratings, one review per line, by cycle, subject kind and subject. */
    public static InputStream reviewExportContent(ApiClient client, UUID exportId) throws ApiException {
        return get(client, "/api/v1/reviews/exports/" + exportId + "/content", "application/x-ndjson");
    }

    /** A DONE export of training records, one member's record per line, by member id. */
    public static InputStream trainingRecordExportContent(ApiClient client, UUID exportId) throws ApiException {
        return get(client, "/api/v1/training-records/exports/" + exportId + "/content", "application/x-ndjson");
    }

    /** The same member export as CSV (UTF-8): a header of the member's fields, then a row per member. */
    public static InputStream memberExportCsv(ApiClient client, UUID exportId) throws ApiException {
        return get(client, "/api/v1/members/exports/" + exportId + "/content", "text/csv");
    }

    /** The same organization export as CSV (UTF-8), in tree order. */
    public static InputStream organizationExportCsv(ApiClient client, UUID exportId) throws ApiException {
        return get(client, "/api/v1/organizations/exports/" + exportId + "/content", "text/csv");
    }

    private static InputStream get(ApiClient client, String path, String mediaType) throws ApiException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(client.getBaseUri() + path))
                .header("Accept", mediaType + ", application/problem+json")
                .GET();
        if (client.getReadTimeout() != null) {
            request.timeout(client.getReadTimeout());
        }
        if (client.getRequestInterceptor() != null) {
            client.getRequestInterceptor().accept(request);
        }
        try {
            HttpResponse<InputStream> response =
                    client.getHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            if (client.getResponseInterceptor() != null) {
                client.getResponseInterceptor().accept(response);
            }
            if (response.statusCode() != 200) {
                try (InputStream problem = response.body()) {
                    throw new ApiException(
                            response.statusCode(),
                            "GET " + path + " answered " + response.statusCode(),
                            response.headers(),
                            new String(problem.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
            return response.body();
        } catch (IOException e) {
            throw new ApiException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(e);
        }
    }
}
