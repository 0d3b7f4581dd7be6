package vn.partybloc.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogSearchTest {

    @TempDir
    Path logs;

    @Test
    void findsARequestsLinesInEveryPartsLogInTimeOrder() throws Exception {
        Files.writeString(logs.resolve("gateway.log"), """
                2026-12-03 05:52:44,700 INFO  [vn.par.gat.access] (vert.x-eventloop-thread-0) r-42 request=r-42 client=a/b route=member-service POST /api/v1/members status=500 time=12ms
                2026-12-03 05:52:44,800 INFO  [vn.par.gat.access] (vert.x-eventloop-thread-0) r-43 request=r-43 client=a/b route=member-service GET /api/v1/members status=200 time=3ms
                """);
        Files.write(
                logs.resolve("member-service.log"),
                ("2026-12-03 05:52:44,690 ERROR [vn.par.pla.web.ProblemExceptionMappers] (executor-thread-1) r-42 "
                                + "Unexpected error, incident 9\n\tat a stack frame \u00ff\n")
                        .getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(logs.resolve("start-times.tsv"), "r-42\n");

        List<String> found = LogSearch.find(logs, "r-42").stream()
                .map(LogSearch.Line::toString)
                .toList();

        assertEquals(
                List.of(
                        "member-service | 2026-12-03 05:52:44,690 ERROR [vn.par.pla.web.ProblemExceptionMappers]"
                                + " (executor-thread-1) r-42 Unexpected error, incident 9",
                        "gateway | 2026-12-03 05:52:44,700 INFO  [vn.par.gat.access] (vert.x-eventloop-thread-0) r-42"
                                + " request=r-42 client=a/b route=member-service POST /api/v1/members status=500 time=12ms"),
                found);
    }
}
