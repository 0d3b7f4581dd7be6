package vn.partybloc.member.repository;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.query.NativeQuery;
import vn.partybloc.member.domain.QualificationKind;
import vn.partybloc.member.domain.QualificationLevel;
import vn.partybloc.platform.persistence.Counting;

/**
 * The code lists of qualification levels. Matching a text to a level is the database's {@code qualification_code}
 * (migration V10), so the migration, every write and the re-match after an admin's change match alike.
 */
@ApplicationScoped
public class QualificationLevelRepository implements PanacheRepositoryBase<QualificationLevel, UUID> {

    /** A text of a kind, as a member records it. */
    public record Spelling(QualificationKind kind, String text) {}

    /** The code each spelling names; a spelling that names no level is absent. */
    public Map<Spelling, String> codes(List<Spelling> spellings) {
        if (spellings.isEmpty()) {
            return Map.of();
        }
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < spellings.size(); i++) {
            rows.add("(%d, cast(?%d as text), cast(?%d as text))".formatted(i, 2 * i + 1, 2 * i + 2));
        }
        Query query = getEntityManager()
                .createNativeQuery("select x.i, qualification_code(x.k, x.t) from (values " + String.join(", ", rows)
                        + ") x(i, k, t)");
        for (int i = 0; i < spellings.size(); i++) {
            query.setParameter(2 * i + 1, spellings.get(i).kind().name());
            query.setParameter(2 * i + 2, spellings.get(i).text());
        }
        // Only the code lists are read: members written earlier in the transaction need not be flushed first.
        query.unwrap(NativeQuery.class)
                .addSynchronizedQuerySpace("qualification_levels")
                .addSynchronizedQuerySpace("qualification_level_aliases");
        @SuppressWarnings("unchecked")
        List<Object[]> answers = query.getResultList();
        Map<Spelling, String> codes = new HashMap<>();
        for (Object[] answer : answers) {
            if (answer[1] != null) {
                codes.put(spellings.get(((Number) answer[0]).intValue()), (String) answer[1]);
            }
        }
        return codes;
    }

    /** The code of another level of {@code kind} than {@code except} that {@code spelling} names, if any. */
    public Optional<String> otherLevelSpelledAs(QualificationKind kind, UUID except, String spelling) {
        @SuppressWarnings("unchecked")
        List<String> codes = getEntityManager()
                .createNativeQuery("""
                        select l.code from qualification_levels l
                        where l.kind = ?1 and l.id <> ?2
                          and (qualification_key(l.label) = qualification_key(?3)
                               or exists (select 1 from qualification_level_aliases a
                                          where a.level_id = l.id and qualification_key(a.alias) = qualification_key(?3)))
                        order by l.code limit 1""")
                .setParameter(1, kind.name())
                .setParameter(2, except)
                .setParameter(3, spelling)
                .getResultList();
        return codes.stream().findFirst();
    }

    /** Writes of one kind's list wait for each other, so two cannot give one spelling to two levels. */
    public void lock(QualificationKind kind) {
        getEntityManager()
                .createNativeQuery("select pg_advisory_xact_lock(hashtext('qualification_levels:' || ?1))")
                .setParameter(1, kind.name())
                .getSingleResult();
    }

    /**
     * Matches every member's text of {@code kind} again after its list changed; a member whose code changes gets a new
     * version (its representation, and so its ETag, changed). Returns how many changed. Each distinct text is matched
     * once ({@code materialized}, or the planner calls the function per member again): a province's members spell a
     * qualification a few hundred ways, and a call per member took 6.5 min at 550,000 members.
     */
    public int rematch(QualificationKind kind) {
        return getEntityManager()
                .createNativeQuery("""
                        with codes as materialized (
                            select t.text, qualification_code(?1, t.text) as code
                            from (select distinct %1$s as text from members where %1$s is not null) t)
                        update members m set %1$s_code = c.code, version = m.version + 1
                        from codes c
                        where m.%1$s = c.text and m.%1$s_code is distinct from c.code""".formatted(kind.column()))
                .setParameter(1, kind.name())
                .executeUpdate();
    }

    public boolean codeTaken(QualificationKind kind, String code, UUID except) {
        return Counting.any(
                getEntityManager(),
                "from QualificationLevel where kind = ?1 and code = ?2 and id <> ?3",
                kind,
                code,
                except);
    }
}
