package vn.partybloc.member.domain;

import vn.partybloc.kernel.Roles;
import vn.partybloc.platform.security.Caller;

/**
 * Who may read national ids: admin and organizer. Nobody else reads one, nor learns from an answer that a national id
 * is registered (docs/security.md).
 */
public final class NationalIdReaders {

    private NationalIdReaders() {}

    public static boolean includes(Caller caller) {
        return caller.hasRole(Roles.ADMIN) || caller.hasRole(Roles.ORGANIZER);
    }
}
