package vn.partybloc.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;

/** member-service's bulk imports as a client uses them: send a CSV file, then follow its job to the end. */
final class BulkImport {

    private BulkImport() {}

    /** Sends one file and follows its job to the end, printing progress; answers the finished job. */
    static JsonNode run(ApiClient api, String path, String body, String what) throws Exception {
        HttpResponse<String> accepted = api.postRaw(path, "text/csv; charset=UTF-8", body);
        if (accepted.statusCode() != 202) {
            throw new IllegalStateException(path + " answered " + accepted.statusCode() + ": " + accepted.body());
        }
        String location = accepted.headers().firstValue("Location").orElseThrow();
        String jobPath = location.replaceFirst("^https?://[^/]+", "");
        long began = System.nanoTime();
        int shown = -1;
        while (true) {
            JsonNode job = api.get(jobPath);
            String status = job.path("status").asText();
            int processed = job.path("processedRows").asInt();
            if (status.equals("DONE") || status.equals("FAILED")) {
                Console.info(String.format(
                        "  %-26s %s: %,d rows, %,d created, %,d updated, %,d unchanged, %,d refused (%.1f s)",
                        what,
                        status,
                        job.path("totalRows").asInt(),
                        job.path("createdRows").asInt(),
                        job.path("updatedRows").asInt(),
                        job.path("unchangedRows").asInt(),
                        job.path("failedRows").asInt(),
                        (System.nanoTime() - began) / 1e9));
                for (int i = 0; i < Math.min(5, job.path("errors").size()); i++) {
                    JsonNode error = job.path("errors").get(i);
                    Console.warn("    row " + error.path("row").asInt() + " "
                            + error.path("field").asText() + " "
                            + error.path("rule").asText() + ": "
                            + error.path("message").asText());
                }
                if (status.equals("FAILED")) {
                    throw new IllegalStateException(
                            what + " failed: " + job.path("failure").asText());
                }
                return job;
            }
            if (processed != shown && processed > 0) {
                Console.info(String.format(
                        "  %-26s %,d / %,d",
                        what, processed, job.path("totalRows").asInt()));
                shown = processed;
            }
            Thread.sleep(1000);
        }
    }
}
