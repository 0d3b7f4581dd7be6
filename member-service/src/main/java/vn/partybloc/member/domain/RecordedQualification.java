package vn.partybloc.member.domain;

/** How many people recorded {@code text} (null: nothing recorded), and the code it names (null: none, unmapped). */
public record RecordedQualification(String text, String code, long people) {}
