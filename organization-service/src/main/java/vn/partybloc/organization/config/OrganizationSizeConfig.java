package vn.partybloc.organization.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Domain rules 1 and 2: the member counts an organization of each type is expected to have. The article's data has
 * exceptions (a superior may consent to them), so breaking one is a warning, never a refusal. The thresholds are the
 * Party Statute's as the domain brief states them; they are configuration so that a new regulation changes them without
 * a release.
 */
@ConfigMapping(prefix = "partybloc.organization-size")
public interface OrganizationSizeConfig {

    /** The document the thresholds come from, named in every warning. */
    @WithDefault("Điều lệ Đảng, điều 21 (domain brief, rules 1–2)")
    String source();

    /** Full members a cell needs at least (rule 1: 3). */
    @WithDefault("3")
    int cellMinFullMembers();

    /**
     * Members from which a grassroots organization is a grassroots committee rather than a grassroots cell (rule 2:
     * 30).
     */
    @WithDefault("30")
    int grassrootsCommitteeFromMembers();
}
