package vn.partybloc.member.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "MemberEventKind", description = "A recorded change in a member's life in the Party (domain rule 14).")
public enum MembershipChangeKind {
    ADMITTED,
    RECOGNISED_FULL,
    TRANSFERRED_IN,
    MOVED,
    TRANSFERRED_OUT,
    DIED,
    STRUCK_OFF,
    EXPELLED,
    EXEMPTED,
    UPDATED
}
