package vn.partybloc.member.domain;

/**
 * Why one row of an import was refused (the row changed nothing): its 1-based number (a CSV header is row 0), the
 * field at fault and the rule broken, where there is one, and what is wrong.
 */
public record ImportRowError(int row, String field, String rule, String message) {}
