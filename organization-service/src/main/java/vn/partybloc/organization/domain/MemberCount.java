package vn.partybloc.organization.domain;

/** Members on the register (active or exempt) of an organization's subtree, and how many of them are full members. */
public record MemberCount(long members, long fullMembers) {

    public static final MemberCount NONE = new MemberCount(0, 0);

    public MemberCount plus(MemberCount other) {
        return new MemberCount(members + other.members, fullMembers + other.fullMembers);
    }
}
