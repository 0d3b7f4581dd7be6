package vn.partybloc.member.domain;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.panache.common.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import vn.partybloc.member.repository.QualificationLevelRepository;
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
        PanacheQuery<QualificationLevel> query =
                kind == null ? levels.find("from QualificationLevel" + order) : levels.find("kind = ?1" + order, kind);
        List<QualificationLevel> items = query.page(Page.of(page, size)).list();
        return new vn.partybloc.platform.web.Page<>(items, page, size, query.count());
    }
}
