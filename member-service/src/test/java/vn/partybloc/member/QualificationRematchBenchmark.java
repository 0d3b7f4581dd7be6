package vn.partybloc.member;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.function.IntSupplier;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.partybloc.member.domain.QualificationKind;
import vn.partybloc.member.repository.QualificationLevelRepository;

/**
 * The re-match of members' foreign-language texts after an admin adds an alias to a level, as the service runs it (each
 * distinct text matched once) next to the statement it replaced (each member's text matched), side by side on the same
 * rows, each in a transaction rolled back. The members are written straight into the table, {@code benchmark.members}
 * of them (default the demo's 14,357), spelling their language in the twenty ways of the demo and one in a hundred in
 * free text. Prints the figures; asserts only that both statements change the same rows.
 * Run: {@code ./mvnw -pl member-service -am verify -Dexcluded.test.groups= -Dgroups=benchmark -Dtest=QualificationRematchBenchmark -Dsurefire.failIfNoSpecifiedTests=false [-Dbenchmark.members=550000]}
 */
@QuarkusTest
@Tag("benchmark")
class QualificationRematchBenchmark {

    private static final Logger LOG = Logger.getLogger(QualificationRematchBenchmark.class);
    private static final int MEMBERS = Integer.getInteger("benchmark.members", 14_357);

    private static final String EVERY_MEMBER = """
            update members m set foreign_language_code = qualification_code('FOREIGN_LANGUAGE', foreign_language),
                   version = m.version + 1
            where foreign_language_code is distinct from qualification_code('FOREIGN_LANGUAGE', foreign_language)""";

    private static final String MEMBERS_INSERT = """
            insert into members (id, full_name, date_of_birth, gender, national_id, admitted_on, membership_kind,
                                 organization_id, status, foreign_language, version, created_at, created_by,
                                 updated_at, updated_by)
            select gen_random_uuid(), 'Benchmark ' || i, date '1980-01-01' + i % 7000, 'FEMALE',
                   'B' || lpad(i::text, 11, '0'), date '2005-01-01' + i % 6000, 'FULL', gen_random_uuid(), 'ACTIVE',
                   case when i % 100 = 0 then 'Tiếng Pháp trình độ ' || i
                        else (array['Tiếng Anh B1', 'tiếng anh b1', 'B1', 'B2', 'Tiếng Anh B2', 'Bậc 3', 'Bậc 3 (B1)',
                                    'Anh văn B', 'Anh văn C', 'Tiếng Anh trình độ B', 'A2', 'Tiếng Anh A2',
                                    'Tiếng Nga B', 'Tiếng Trung HSK3', 'TOEIC 550', 'IELTS 6.0', 'Tiếng Anh bậc 3',
                                    'Tiếng Anh bậc 4', 'C1', 'Tiếng Anh C1', null, null, null, null])[1 + i % 24] end,
                   0, now(), 'benchmark', now(), 'benchmark'
            from generate_series(1, ?1) i""";

    @Inject
    EntityManager em;

    @Inject
    QualificationLevelRepository levels;

    @Test
    void rematchAfterAnAliasIsAdded() {
        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery(MEMBERS_INSERT).setParameter(1, MEMBERS).executeUpdate();
            em.createNativeQuery("""
                    update members set foreign_language_code = qualification_code('FOREIGN_LANGUAGE', foreign_language)
                    where created_by = 'benchmark'""").executeUpdate();
            em.createNativeQuery("""
                    insert into qualification_level_aliases (level_id, alias)
                    select id, 'Anh văn B' from qualification_levels where kind = 'FOREIGN_LANGUAGE' and code = 'BAC_3'""").executeUpdate();
        });
        em.getEntityManagerFactory().getCache().evictAll();
        try {
            for (int round = 1; round <= 2; round++) {
                Timed everyMember =
                        rolledBack(() -> em.createNativeQuery(EVERY_MEMBER).executeUpdate());
                Timed distinctTexts = rolledBack(() -> levels.rematch(QualificationKind.FOREIGN_LANGUAGE));
                assertEquals(everyMember.changed(), distinctTexts.changed());
                LOG.infof(
                        "BENCHMARK rematch of %d members' foreign language after an alias was added, round %d: "
                                + "each member's text %.2f s, each distinct text %.2f s (%d changed) = %.1fx faster",
                        MEMBERS,
                        round,
                        everyMember.seconds(),
                        distinctTexts.seconds(),
                        distinctTexts.changed(),
                        everyMember.seconds() / distinctTexts.seconds());
            }
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                em.createNativeQuery("delete from qualification_level_aliases where alias = 'Anh văn B'")
                        .executeUpdate();
                em.createNativeQuery("delete from members where created_by = 'benchmark'")
                        .executeUpdate();
            });
        }
    }

    private record Timed(double seconds, int changed) {}

    private static Timed rolledBack(IntSupplier update) {
        QuarkusTransaction.begin();
        try {
            long start = System.nanoTime();
            int changed = update.getAsInt();
            return new Timed((System.nanoTime() - start) / 1e9, changed);
        } finally {
            QuarkusTransaction.rollback();
        }
    }
}
