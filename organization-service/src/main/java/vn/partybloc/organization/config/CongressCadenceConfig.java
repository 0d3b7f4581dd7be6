package vn.partybloc.organization.config;

import io.smallrye.config.ConfigMapping;
import java.util.List;
import vn.partybloc.organization.domain.OrganizationType;

/**
 * Domain rule 8: how often each type of organization holds its congress, as dated rules, so that a regulation that
 * changes the cadence (the 07/2025 pilot for subordinate cells) is a new entry rather than a release.
 */
@ConfigMapping(prefix = "partybloc.congress")
public interface CongressCadenceConfig {

    List<Cadence> cadences();

    interface Cadence {

        OrganizationType organizationType();

        /** The first day a congress is held under this cadence (ISO date). */
        String effectiveFrom();

        /** Months from one congress to the next one due. */
        int months();

        /** The document the cadence comes from. */
        String source();
    }
}
