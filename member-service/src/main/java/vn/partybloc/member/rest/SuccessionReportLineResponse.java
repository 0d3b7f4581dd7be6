package vn.partybloc.member.rest;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.member.domain.CommitteeKind;
import vn.partybloc.member.domain.PositionKind;
import vn.partybloc.member.domain.SuccessionReport;

@Schema(name = "SuccessionReportLine")
public record SuccessionReportLineResponse(
        UUID planId,
        UUID organizationId,
        CommitteeKind committeeKind,
        PositionKind position,
        int termStartYear,
        int termEndYear,
        SuccessionSharesResponse candidates) {

    static SuccessionReportLineResponse from(SuccessionReport.Line l) {
        return new SuccessionReportLineResponse(
                l.planId(),
                l.organizationId(),
                l.committeeKind(),
                l.position(),
                l.termStartYear(),
                l.termEndYear(),
                SuccessionSharesResponse.from(l.candidates()));
    }
}
