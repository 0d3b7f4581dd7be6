package vn.partybloc.evaluation.domain;

/** Outcome of a screening finding under Directive 28-CT/TW. */
public enum ScreeningOutcome {
    RETAINED, STRUCK_OFF, EXPELLED
}
