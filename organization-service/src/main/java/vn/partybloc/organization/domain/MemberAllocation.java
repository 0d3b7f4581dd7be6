package vn.partybloc.organization.domain;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import vn.partybloc.platform.web.ProblemException;

/**
 * Which members of a split organization join one of its parts. organization-service keeps no members: it passes the
 * split command's lists on in the {@code OrganizationSplit} event, and member-service moves the members.
 */
public record MemberAllocation(UUID organizationId, List<UUID> memberIds) {

    /** A member listed in two parts would have two destinations. */
    static void requireEachMemberOnce(List<List<UUID>> members) {
        Set<UUID> seen = new HashSet<>();
        for (int part = 0; part < members.size(); part++) {
            for (UUID member : members.get(part)) {
                if (!seen.add(member)) {
                    throw ProblemException.invalid("into[" + part + "].memberIds", "split.member-twice", member);
                }
            }
        }
    }

    /** The parts that list members, in the parts' order; empty when the command listed none. */
    static List<MemberAllocation> of(List<UUID> parts, List<List<UUID>> members) {
        List<MemberAllocation> allocations = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            if (!members.get(i).isEmpty()) {
                allocations.add(new MemberAllocation(parts.get(i), List.copyOf(members.get(i))));
            }
        }
        return allocations;
    }
}
