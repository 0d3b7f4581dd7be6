package vn.partybloc.member.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import vn.partybloc.member.config.CommitteeSizeConfig;
import vn.partybloc.member.repository.CommitteeRepository;
import vn.partybloc.member.repository.MemberRepository;
import vn.partybloc.member.repository.PositionRepository;
import vn.partybloc.platform.web.ProblemException;

/**
 * Domain rules 4 and 5, checked when a seat starts (the caller holds the committee's lock, so the counts cannot change
 * underneath): a small cell elects a secretary and one deputy but no cell committee, a cell committee has at most 7
 * seats, and only an executive committee of 9 or more elects a standing committee.
 */
@ApplicationScoped
public class CommitteeSizes {

    private final CommitteeSizeConfig sizes;
    private final PositionRepository positions;
    private final MemberRepository members;
    private final CommitteeRepository committees;

    public CommitteeSizes(
            CommitteeSizeConfig sizes,
            PositionRepository positions,
            MemberRepository members,
            CommitteeRepository committees) {
        this.sizes = sizes;
        this.positions = positions;
        this.members = members;
        this.committees = committees;
    }

    public void checkSeat(Committee committee, PositionKind kind, LocalDate startsOn) {
        if (committee.kind == CommitteeKind.CELL_COMMITTEE) {
            checkCellSeat(committee, kind, startsOn);
        } else if (committee.kind == CommitteeKind.STANDING_COMMITTEE) {
            checkStandingSeat(committee, startsOn);
        }
    }

    private void checkCellSeat(Committee committee, PositionKind kind, LocalDate startsOn) {
        if (kind == PositionKind.DEPUTY_SECRETARY
                && positions.seatsOn(committee.id, PositionKind.DEPUTY_SECRETARY, startsOn)
                        >= sizes.cellMaxDeputies()) {
            throw ProblemException.rule(
                    Rules.ONE_DEPUTY, "position.cell-one-deputy", sizes.cellMaxDeputies(), startsOn, sizes.source());
        }
        long seats = positions.seatsOn(committee.id, startsOn);
        if (seats >= sizes.cellCommitteeMaxSeats()) {
            throw ProblemException.rule(
                    Rules.CELL_COMMITTEE_SIZE, "position.cell-committee-full", seats, startsOn, sizes.source());
        }
        if (kind == PositionKind.MEMBER) {
            long fullMembers = members.fullMembersOf(committee.organizationId, startsOn);
            if (fullMembers < sizes.cellCommitteeFromFullMembers()) {
                throw ProblemException.rule(
                        Rules.CELL_COMMITTEE_SIZE,
                        "position.cell-committee-small",
                        startsOn,
                        fullMembers,
                        sizes.cellCommitteeFromFullMembers(),
                        sizes.source());
            }
        }
    }

    private void checkStandingSeat(Committee standing, LocalDate startsOn) {
        long executiveSeats = committees
                .find(standing.organizationId, CommitteeKind.EXECUTIVE_COMMITTEE, standing.termStartYear)
                .map(executive -> positions.seatsOn(executive.id, startsOn))
                .orElse(0L);
        if (executiveSeats < sizes.standingCommitteeFromExecutiveSeats()) {
            throw ProblemException.rule(
                    Rules.STANDING_COMMITTEE_SIZE,
                    "position.standing-committee-small",
                    startsOn,
                    executiveSeats,
                    sizes.standingCommitteeFromExecutiveSeats(),
                    sizes.source());
        }
    }
}
