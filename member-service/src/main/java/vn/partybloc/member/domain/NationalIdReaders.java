package vn.partybloc.member.domain;

import vn.partybloc.kernel.Roles;
import vn.partybloc.platform.security.Caller;

/**
 * Who may read national ids, and look members up by their identity numbers: admin, organizer and a caller cleared as
 * {@code identity-reader} (an HR system's service account). Nobody else reads one, nor learns from an answer that a
 * national id is registered (docs/security.md).
 */
public final class NationalIdReaders {

    private NationalIdReaders() {}

    public static boolean includes(Caller caller) {
        return caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.ORGANIZER) || caller.hasRole(Roles.IDENTITY_READER);
    }
}
