package vn.partybloc.evaluation.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The length of a review cycle; quarters and terms may follow. */
@Schema(description = "Length of a review cycle: YEAR (năm). Quarters and terms may follow.")
public enum CyclePeriod {
    YEAR
}
