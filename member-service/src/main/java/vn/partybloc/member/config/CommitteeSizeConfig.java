package vn.partybloc.member.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Domain rules 4 and 5: the sizes that decide which committees a cell or a grassroots committee elects. The thresholds
 * are the Party Statute's as the domain brief states them; they are configuration so that a new regulation changes them
 * without a release.
 */
@ConfigMapping(prefix = "partybloc.committee-size")
public interface CommitteeSizeConfig {

    /** The document the thresholds come from, named in the problem when one refuses a seat. */
    @WithDefault("Điều lệ Đảng (domain brief, rules 4–5)")
    String source();

    /** A cell with fewer full members elects only a secretary and at most one deputy, no cell committee (rule 4). */
    @WithDefault("9")
    int cellCommitteeFromFullMembers();

    /** Seats of a cell committee on any date (rule 4: at most 7). */
    @WithDefault("7")
    int cellCommitteeMaxSeats();

    /** Deputy secretaries of a cell on any date (rule 4: one). */
    @WithDefault("1")
    int cellMaxDeputies();

    /** Executive seats a grassroots committee needs before it elects a standing committee (rule 5: 9). */
    @WithDefault("9")
    int standingCommitteeFromExecutiveSeats();
}
