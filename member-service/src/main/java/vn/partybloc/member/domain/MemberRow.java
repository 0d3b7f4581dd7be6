package vn.partybloc.member.domain;

/** One row of a member import: the member, the admission (or receiving) decision and how they come in. */
public record MemberRow(NewMember member, String decisionNumber, Entry entry) {}
