package vn.partybloc.member.domain;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.UUID;
import vn.partybloc.member.repository.QualificationLevelRepository;
import vn.partybloc.platform.security.Caller;
import vn.partybloc.platform.web.ETags;
import vn.partybloc.platform.web.ProblemException;

/**
 * An admin's changes to the qualification code lists. Each change matches the members' recorded text of that kind again
 * in the same transaction, so an alias added today counts the members who already wrote it.
 */
@ApplicationScoped
@Transactional
public class QualificationLevelService {

    private final QualificationLevelRepository levels;
    private final Caller caller;

    public QualificationLevelService(QualificationLevelRepository levels, Caller caller) {
        this.levels = levels;
        this.caller = caller;
    }

    public QualificationLevel create(QualificationKind kind, QualificationLevelSpec spec) {
        QualificationLevel level = new QualificationLevel();
        level.id = UUID.randomUUID();
        level.kind = kind;
        levels.lock(kind);
        requireFree(level, spec);
        level.apply(spec);
        level.created(caller.name(), Instant.now());
        levels.persist(level);
        levels.flush();
        levels.rematch(kind);
        return level;
    }

    public QualificationLevel update(UUID id, String ifMatch, QualificationLevelSpec spec) {
        QualificationLevel level =
                levels.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("qualification-level", id));
        ETags.checkIfMatch(ifMatch, level.version);
        levels.lock(level.kind);
        requireFree(level, spec);
        level.apply(spec);
        level.touch(caller.name(), Instant.now());
        levels.flush();
        levels.rematch(level.kind);
        return level;
    }

    /** The code is the level's own in its list, and no spelling of it names another level of the list. */
    private void requireFree(QualificationLevel level, QualificationLevelSpec spec) {
        if (levels.codeTaken(level.kind, spec.code(), level.id)) {
            throw ProblemException.conflict("qualification.code-taken", spec.code());
        }
        spec.spellings()
                .forEach(spelling -> levels.otherLevelSpelledAs(level.kind, level.id, spelling)
                        .ifPresent(other -> {
                            throw ProblemException.rule(
                                    Rules.ONE_LEVEL, "qualification.spelling-taken", spelling, other);
                        }));
    }
}
