package vn.partybloc.member.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "FULL (đảng viên chính thức) or PROBATIONARY (dự bị).")
public enum MembershipKind {
    FULL,
    PROBATIONARY
}
