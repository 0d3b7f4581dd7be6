package vn.partybloc.organization.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description =
                "Part an organization plays in a structural change: SUBJECT (the one changed), SOURCE (split or merged away), "
                        + "TARGET (created by a split, or receiving a merge), AFFECTED (moved along, e.g. a descendant or a merged org's child).")
public enum SubjectRole {
    SUBJECT,
    SOURCE,
    TARGET,
    AFFECTED
}
