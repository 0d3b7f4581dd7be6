package vn.partybloc.gateway.reports;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.kernel.ApiTexts;

@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        name = "PeriodReport",
        description =
                "The organization department's report on a subtree for a period: structural changes, committee posts "
                        + "filled and member movements, one section per service operation, each marked with whether it answered.")
public record PeriodReport(
        @Schema(description = "Root of the subtree.", required = true)
        UUID organizationId,

        @Schema(description = ApiTexts.PERIOD_FROM, required = true)
        LocalDate from,

        @Schema(description = "Last day of the period (inclusive).", required = true)
        LocalDate to,

        @Schema(
                description = "Sections by name: structuralChanges, positionsFilled, memberMovements, discipline.",
                required = true)
        Map<String, Overview.Section> sections) {}
