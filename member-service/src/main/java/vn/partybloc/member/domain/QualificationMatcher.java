package vn.partybloc.member.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.partybloc.member.repository.QualificationLevelRepository;
import vn.partybloc.member.repository.QualificationLevelRepository.Spelling;

/**
 * Gives members the code of the level their recorded text names, for every kind: on admission, on an update and in an
 * import, one query for all the members written together. A text that names no level keeps its code null (unmapped).
 */
@ApplicationScoped
public class QualificationMatcher {

    private final QualificationLevelRepository levels;

    public QualificationMatcher(QualificationLevelRepository levels) {
        this.levels = levels;
    }

    public void assign(Collection<Member> members) {
        Set<Spelling> spellings = new LinkedHashSet<>();
        for (Member m : members) {
            for (QualificationKind kind : QualificationKind.values()) {
                String text = kind.textOf(m);
                if (text != null) {
                    spellings.add(new Spelling(kind, text));
                }
            }
        }
        Map<Spelling, String> codes = levels.codes(List.copyOf(spellings));
        for (Member m : members) {
            for (QualificationKind kind : QualificationKind.values()) {
                String text = kind.textOf(m);
                kind.setCode(m, text == null ? null : codes.get(new Spelling(kind, text)));
            }
        }
    }
}
