package vn.partybloc.platform.shares;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ShareReport", description = "The shares of a period, counted per client and kind of share.")
public record ShareReport(
        @Schema(description = "First day of the period (Bloc time); null for the log's beginning.", nullable = true)
        LocalDate from,

        @Schema(description = "Last day of the period, included; null for no end.", nullable = true)
        LocalDate to,

        @Schema(description = "One line per client and kind of share, by client.")
        List<Line> lines) {

    @Schema(name = "ShareReportLine", description = "What one client read in one way during the period.")
    public record Line(
            @Schema(
                    description = "The OAuth client (`azp`); empty for tokens that name none.",
                    example = "hr-integration")
            String clientId,

            @Schema(description = "How the data left the service.")
            ShareKind kind,

            @Schema(description = "Number of shares (feed pages, downloads, look-ups).")
            long shares,

            @Schema(description = "Records they answered in all.")
            long records,

            @Schema(description = "The first share of the period.")
            Instant first,

            @Schema(description = "The last share of the period.")
            Instant last) {}
}
