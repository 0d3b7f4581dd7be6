package vn.partybloc.member.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Giới tính.")
public enum Gender {
    MALE,
    FEMALE
}
