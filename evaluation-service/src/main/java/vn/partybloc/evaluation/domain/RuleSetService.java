package vn.partybloc.evaluation.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.partybloc.evaluation.repository.RuleSetRepository;
import vn.partybloc.platform.security.Caller;
import vn.partybloc.platform.web.ETags;
import vn.partybloc.platform.web.ProblemException;

/** Rule sets are data: recorded and corrected through the API, seeded by migration. */
@ApplicationScoped
@Transactional
public class RuleSetService {

    private final RuleSetRepository ruleSets;
    private final Caller caller;

    public RuleSetService(RuleSetRepository ruleSets, Caller caller) {
        this.ruleSets = ruleSets;
        this.caller = caller;
    }

    public record Values(
            String code,
            String documents,
            LocalDate effectiveFrom,
            boolean usesScore,
            BigDecimal excellentMinScore,
            BigDecimal goodMinScore,
            BigDecimal completeMinScore,
            BigDecimal excellentCapPercent,
            String note,
            Level disciplinedMemberLevel) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<RuleSet> all() {
        return ruleSets.all();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public RuleSet get(UUID id) {
        return ruleSets.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("rule-set", id));
    }

    public RuleSet create(Values values) {
        RuleSet r = new RuleSet();
        r.id = UUID.randomUUID();
        apply(r, values);
        r.created(caller.name(), Instant.now());
        ruleSets.persist(r);
        return r;
    }

    public RuleSet replace(UUID id, String ifMatch, Values values) {
        RuleSet r = get(id);
        ETags.checkIfMatch(ifMatch, r.version);
        apply(r, values);
        r.touch(caller.name(), Instant.now());
        ruleSets.flush();
        return r;
    }

    private static void apply(RuleSet r, Values v) {
        boolean bandsGiven = v.excellentMinScore() != null || v.goodMinScore() != null || v.completeMinScore() != null;
        if (v.usesScore()) {
            if (v.excellentMinScore() == null
                    || v.goodMinScore() == null
                    || v.completeMinScore() == null
                    || v.excellentMinScore().compareTo(v.goodMinScore()) <= 0
                    || v.goodMinScore().compareTo(v.completeMinScore()) <= 0
                    || v.completeMinScore().signum() <= 0) {
                throw ProblemException.rule(Rules.RULE_SET_BANDS, "rule-set.bands-order");
            }
        } else if (bandsGiven) {
            throw ProblemException.rule(Rules.RULE_SET_BANDS, "rule-set.bands-without-score");
        }
        r.code = v.code();
        r.documents = v.documents();
        r.effectiveFrom = v.effectiveFrom();
        r.usesScore = v.usesScore();
        r.excellentMinScore = v.excellentMinScore();
        r.goodMinScore = v.goodMinScore();
        r.completeMinScore = v.completeMinScore();
        r.excellentCapPercent = v.excellentCapPercent();
        r.note = v.note();
        r.disciplinedMemberLevel = v.disciplinedMemberLevel();
    }
}
