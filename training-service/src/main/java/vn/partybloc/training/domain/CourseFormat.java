package vn.partybloc.training.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "IN_PERSON (trực tiếp) or ONLINE (trực tuyến).")
public enum CourseFormat {
    IN_PERSON,
    ONLINE
}
