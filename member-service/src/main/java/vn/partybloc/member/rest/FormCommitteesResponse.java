package vn.partybloc.member.rest;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "FormCommitteesResponse", description = "The committees a batch formed.")
public record FormCommitteesResponse(
        @Schema(description = "The committees formed, in the order of the request's items.")
        List<CommitteeResponse> items) {}
