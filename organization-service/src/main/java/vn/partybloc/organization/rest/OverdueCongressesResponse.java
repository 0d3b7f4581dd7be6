package vn.partybloc.organization.rest;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.organization.domain.Organization;
import vn.partybloc.organization.domain.OrganizationType;
import vn.partybloc.organization.domain.OverdueCongresses;

@Schema(
        name = "OverdueCongresses",
        description = "Domain rule 8: organizations whose next congress was due before `asOf`, by the congress cadence "
                + "of their type in force when their last congress met, and those with no term of office recorded.")
public record OverdueCongressesResponse(
        @Schema(description = "The subtree's root.") UUID organizationId,

        @Schema(description = "The day the report looks at.")
        LocalDate asOf,

        @Schema(description = "Overdue congresses, longest overdue first.")
        List<Line> overdue,

        @Schema(description = "Active organizations of the subtree with no term of office recorded.")
        List<Unrecorded> withoutTerm) {

    @Schema(name = "OverdueCongress", description = "An organization whose congress is overdue.")
    public record Line(
            @Schema(description = "The organization.") UUID organizationId,
            @Schema(description = "Its code.") String code,
            @Schema(description = "Its name.") String name,
            @Schema(description = "Its type.") OrganizationType type,

            @Schema(description = "The latest term of office recorded, e.g. 2020–2022.")
            String lastTerm,

            @Schema(
                    description =
                            "The day its last congress met (the term's `congressDate`, else 1 January of its first year).")
            LocalDate lastCongressOn,

            @Schema(description = "The day the next congress was due.")
            LocalDate dueOn,

            @Schema(description = "Months between congresses for this type, in force on the last congress.")
            int cadenceMonths,

            @Schema(description = "The document the cadence comes from.")
            String source) {}

    @Schema(name = "OrganizationWithoutTerm", description = "An active organization with no term of office recorded.")
    public record Unrecorded(
            @Schema(description = "The organization.") UUID organizationId,
            @Schema(description = "Its code.") String code,
            @Schema(description = "Its name.") String name,
            @Schema(description = "Its type.") OrganizationType type) {}

    static OverdueCongressesResponse of(UUID root, OverdueCongresses.Report report) {
        return new OverdueCongressesResponse(
                root,
                report.asOf(),
                report.overdue().stream()
                        .map(d -> new Line(
                                d.organization().id,
                                d.organization().code,
                                d.organization().name,
                                d.organization().type,
                                d.lastTerm().label(),
                                d.lastCongress(),
                                d.due().dueOn(),
                                d.due().months(),
                                d.due().source()))
                        .toList(),
                report.withoutTerm().stream()
                        .map(OverdueCongressesResponse::unrecorded)
                        .toList());
    }

    private static Unrecorded unrecorded(Organization o) {
        return new Unrecorded(o.id, o.code, o.name, o.type);
    }
}
