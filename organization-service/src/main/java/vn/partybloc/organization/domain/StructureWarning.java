package vn.partybloc.organization.domain;

import vn.partybloc.platform.web.ProblemMessage;

/**
 * A domain rule an organization does not meet but is not refused for (rules 1 and 2: the superior may consent to an
 * exception): the rule id, what was counted, the threshold, the document it comes from, and the text put into words
 * in the caller's language.
 */
public record StructureWarning(String rule, long count, int threshold, String source, ProblemMessage detail) {}
