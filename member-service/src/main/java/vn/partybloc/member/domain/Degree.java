package vn.partybloc.member.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Highest professional qualification (trình độ chuyên môn).")
public enum Degree {
    SECONDARY,
    COLLEGE,
    BACHELOR,
    ENGINEER,
    MASTER,
    DOCTOR
}
