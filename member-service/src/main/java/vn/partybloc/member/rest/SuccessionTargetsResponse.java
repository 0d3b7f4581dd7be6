package vn.partybloc.member.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.partybloc.member.domain.SuccessionReport;

@Schema(name = "SuccessionTargets")
public record SuccessionTargetsResponse(
        @Schema(description = "Young means younger than this on 1 January of the term's first year.")
        int youngUnder,

        double youngShare,
        double womenShare,
        boolean youngMet,
        boolean womenMet) {

    static SuccessionTargetsResponse from(SuccessionReport.Targets t) {
        return new SuccessionTargetsResponse(
                t.youngUnder(), t.youngShare(), t.womenShare(), t.youngMet(), t.womenMet());
    }
}
