package vn.partybloc.evaluation.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How a target's share compares: more than, at least, at most the percent. */
@Schema(
        description =
                "How a share compares with the target: MORE_THAN (trên), AT_LEAST (ít nhất, từ), AT_MOST (không quá).")
public enum TargetComparison {
    MORE_THAN,
    AT_LEAST,
    AT_MOST
}
