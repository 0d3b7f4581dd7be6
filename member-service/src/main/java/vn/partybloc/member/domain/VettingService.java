package vn.partybloc.member.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partybloc.member.repository.MemberRepository;
import vn.partybloc.member.repository.PoliticalVettingRepository;
import vn.partybloc.platform.security.Caller;
import vn.partybloc.platform.web.ProblemException;

/**
 * Political vetting records. Deliberately outside the event flow: nothing here reaches the outbox, so no consumer,
 * changes-feed reader or log of event payloads ever sees it.
 */
@ApplicationScoped
@Transactional
public class VettingService {

    private final PoliticalVettingRepository vettings;
    private final MemberRepository members;
    private final Caller caller;

    public VettingService(PoliticalVettingRepository vettings, MemberRepository members, Caller caller) {
        this.vettings = vettings;
        this.members = members;
        this.caller = caller;
    }

    public PoliticalVetting record(
            UUID memberId, VettingPurpose purpose, String conclusion, LocalDate concludedOn, String decisionNumber) {
        requireMember(memberId);
        PoliticalVetting vetting = new PoliticalVetting();
        vetting.id = UUID.randomUUID();
        vetting.memberId = memberId;
        vetting.purpose = purpose;
        vetting.conclusion = conclusion;
        vetting.concludedOn = concludedOn;
        vetting.decisionNumber = decisionNumber;
        vetting.created(caller.name(), Instant.now());
        vettings.persist(vetting);
        return vetting;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<PoliticalVetting> ofMember(UUID memberId) {
        requireMember(memberId);
        return vettings.ofMember(memberId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PoliticalVetting get(UUID memberId, UUID vettingId) {
        requireMember(memberId);
        return vettings.findByIdOptional(vettingId)
                .filter(v -> v.memberId.equals(memberId))
                .orElseThrow(() -> ProblemException.notFound("vetting", vettingId));
    }

    private void requireMember(UUID memberId) {
        if (members.findByIdOptional(memberId).isEmpty()) {
            throw ProblemException.notFound("member", memberId);
        }
    }
}
