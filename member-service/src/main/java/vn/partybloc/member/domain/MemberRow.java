package vn.partybloc.member.domain;

/** A member as an import file states them, with the decision that admitted them. */
public record MemberRow(NewMember member, String decisionNumber) {}
