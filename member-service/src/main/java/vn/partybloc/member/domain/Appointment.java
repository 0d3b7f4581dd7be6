package vn.partybloc.member.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "ELECTED at a congress (bầu) or APPOINTED by the superior (chỉ định).")
public enum Appointment {
    ELECTED,
    APPOINTED
}
