package vn.partybloc.member.domain;

import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import vn.partybloc.member.repository.QualificationLevelRepository;
import vn.partybloc.platform.persistence.Counting;
import vn.partybloc.platform.web.ProblemException;

/** Reads of the qualification code lists. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class QualificationLevelQueries {

    private final QualificationLevelRepository levels;

    public QualificationLevelQueries(QualificationLevelRepository levels) {
        this.levels = levels;
    }

    public QualificationLevel get(UUID id) {
        return levels.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("qualification-level", id));
    }

    /** A page of the levels of {@code kind} (every kind when null) in {@code orderBy}, then by kind and code. */
    public vn.partybloc.platform.web.Page<QualificationLevel> list(
            QualificationKind kind, String orderBy, int page, int size) {
        String order = " order by " + orderBy + ", kind, code";
        String where = "?1 is null or kind = ?1";
        List<QualificationLevel> items =
                levels.find(where + order, kind).page(Page.of(page, size)).list();
        return new vn.partybloc.platform.web.Page<>(
                items,
                page,
                size,
                Counting.count(levels.getEntityManager(), "from QualificationLevel where " + where, kind));
    }
}
