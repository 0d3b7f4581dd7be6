package vn.partybloc.launcher.demo;

import java.time.LocalDate;

/** A rating of the yearly review of {@code year}, recorded by a batch decision. */
public record Rating(
        int year, String subjectKind, Subject subject, String level, String decisionNumber, LocalDate decidedOn) {

    /** Whom a rating is about, by the stable keys the loader turns into ids. */
    public sealed interface Subject {}

    /** A grassroots organization, or its host unit. */
    public record OrganizationSubject(String code) implements Subject {}

    /** A committee of the 2020–2025 term. */
    public record CommitteeSubject(String organizationCode, String kind) implements Subject {}

    /** A member, or a member as a committee member. */
    public record MemberSubject(String nationalId) implements Subject {}
}
