package vn.partybloc.member.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        description =
                "What an import file holds: MEMBERS (upserted by nationalId) or POSITIONS (by member, committee, position and start).")
public enum ImportKind {
    MEMBERS,
    POSITIONS
}
