package vn.partybloc.organization.repository;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import vn.partybloc.organization.domain.OrganizationType;
import vn.partybloc.platform.persistence.SqlValues;
import vn.partybloc.platform.search.TextSearch;

/** The figures of the meetings report, for the cells of a subtree as of a date and the meetings of a period. */
@ApplicationScoped
public class MeetingReportRepository {

    /** The active cells of the subtree as of {@code :asOf}. */
    private static final String CELLS = """
            cells as (
                select organization_id as id, code, name, type, founded_on, path from organization_snapshots
                where valid_from <= :asOf and (valid_to is null or valid_to > :asOf)
                  and path like :prefix and status = 'ACTIVE' and type in ('GRASSROOTS_CELL', 'SUBORDINATE_CELL'))
            """;

    public record Cell(UUID id, String code, String name, OrganizationType type, LocalDate foundedOn) {}

    public record CellMonth(
            UUID cellId,
            YearMonth month,
            long regular,
            long thematic,
            long meetings,
            long onlineOrHybrid,
            long present,
            long absentWithLeave,
            long absentWithoutLeave,
            long attendedBySuperior,
            long attendedByFollower) {}

    public record Flagged(UUID memberId, String fullName, UUID organizationId, int year, List<YearMonth> months) {}

    public record Follower(
            UUID memberId,
            String fullName,
            long followedCells,
            long meetingsOfFollowedCells,
            long meetingsAttended,
            long followedCellsAttended) {}

    public record MemberAttendance(
            UUID memberId,
            String fullName,
            UUID organizationId,
            long present,
            long absentWithLeave,
            long absentWithoutLeave) {}

    /** A subtree, as of a day, and the meetings held from {@code from} to {@code to}. */
    public record Scope(String path, LocalDate asOf, LocalDate from, LocalDate to) {}

    private final EntityManager em;

    public MeetingReportRepository(EntityManager em) {
        this.em = em;
    }

    public List<Cell> cells(Scope scope) {
        return rows(scope, "select id, code, name, type, founded_on from cells order by name, id").stream()
                .map(r -> new Cell(
                        (UUID) r[0],
                        (String) r[1],
                        (String) r[2],
                        OrganizationType.valueOf((String) r[3]),
                        SqlValues.localDate(r[4])))
                .toList();
    }

    public List<CellMonth> cellMonths(Scope scope) {
        return rows(scope, """
                        select m.organization_id, to_char(m.held_on, 'YYYY-MM'),
                               count(*) filter (where m.kind = 'REGULAR'), count(*) filter (where m.kind = 'THEMATIC'),
                               count(*), count(*) filter (where m.format <> 'IN_PERSON'),
                               sum(m.present), sum(m.absent_with_leave), sum(m.absent_without_leave),
                               count(*) filter (where m.superior_attendees > 0),
                               count(*) filter (where m.followers_attended > 0)
                        from meetings m
                        join cells c on c.id = m.organization_id
                        where m.held_on between :from and :to
                        group by 1, 2""").stream()
                .map(r -> new CellMonth(
                        (UUID) r[0],
                        YearMonth.parse((String) r[1]),
                        number(r[2]),
                        number(r[3]),
                        number(r[4]),
                        number(r[5]),
                        number(r[6]),
                        number(r[7]),
                        number(r[8]),
                        number(r[9]),
                        number(r[10])))
                .toList();
    }

    /** Per cell: the committee members whose positions, some time in the period, had them follow it. */
    public Map<UUID, Long> followersByCell(Scope scope) {
        Map<UUID, Long> followers = new HashMap<>();
        for (Object[] r : rows(scope, """
                select r.followed_organization_id, count(distinct p.member_id)
                from positions p join position_responsibilities r on r.position_id = p.id
                join cells c on c.id = r.followed_organization_id
                where p.starts_on <= :to and (p.ends_on is null or p.ends_on > :from)
                group by 1""")) {
            followers.put((UUID) r[0], number(r[1]));
        }
        return followers;
    }

    /** Members absent without leave from meetings of the subtree's cells in at least {@code months} months of a year. */
    public List<Flagged> flagged(Scope scope, int months) {
        Query query = query(scope, """
                select a.member_id, mr.full_name, mr.organization_id, extract(year from m.held_on)::int,
                       string_agg(distinct to_char(m.held_on, 'YYYY-MM'), ',')
                from meeting_attendance a
                join meetings m on m.id = a.meeting_id
                join cells c on c.id = m.organization_id
                left join members mr on mr.id = a.member_id
                where a.status = 'ABSENT_WITHOUT_LEAVE' and m.held_on between :from and :to
                group by a.member_id, mr.full_name, mr.organization_id, 4
                having count(distinct date_trunc('month', m.held_on)) >= :months
                order by mr.full_name, a.member_id, 4""");
        query.setParameter("months", months);
        return results(query).stream()
                .map(r -> new Flagged(
                        (UUID) r[0],
                        (String) r[1],
                        (UUID) r[2],
                        ((Number) r[3]).intValue(),
                        Arrays.stream(((String) r[4]).split(","))
                                .map(YearMonth::parse)
                                .sorted()
                                .toList()))
                .toList();
    }

    /** Each committee member following cells of the subtree in the period, and the meetings of those they attended. */
    public List<Follower> followers(Scope scope) {
        return rows(scope, """
                        with followed as (
                            select distinct p.member_id, r.followed_organization_id as cell_id
                            from positions p join position_responsibilities r on r.position_id = p.id
                            join cells c on c.id = r.followed_organization_id
                            where p.starts_on <= :to and (p.ends_on is null or p.ends_on > :from))
                        select f.member_id, mr.full_name, count(distinct f.cell_id), count(distinct m.id),
                               count(distinct s.meeting_id), count(distinct m.organization_id) filter (where s.meeting_id is not null)
                        from followed f
                        left join meetings m on m.organization_id = f.cell_id and m.held_on between :from and :to
                        left join meeting_superior_attendance s on s.meeting_id = m.id and s.member_id = f.member_id
                        left join members mr on mr.id = f.member_id
                        group by f.member_id, mr.full_name
                        order by mr.full_name, f.member_id""").stream()
                .map(r -> new Follower(
                        (UUID) r[0], (String) r[1], number(r[2]), number(r[3]), number(r[4]), number(r[5])))
                .toList();
    }

    /**
     * Each member with attendance recorded at meetings of the subtree's cells in the period, the lowest share present
     * first (then by name), a page of them.
     */
    public List<MemberAttendance> memberAttendance(Scope scope, int offset, int limit) {
        Query query = query(scope, """
                select a.member_id, mr.full_name, mr.organization_id,
                       count(*) filter (where a.status = 'PRESENT'),
                       count(*) filter (where a.status = 'ABSENT_WITH_LEAVE'),
                       count(*) filter (where a.status = 'ABSENT_WITHOUT_LEAVE')
                from meeting_attendance a
                join meetings m on m.id = a.meeting_id
                join cells c on c.id = m.organization_id
                left join members mr on mr.id = a.member_id
                where m.held_on between :from and :to
                group by a.member_id, mr.full_name, mr.organization_id
                order by count(*) filter (where a.status = 'PRESENT')::numeric / count(*), mr.full_name, a.member_id
                limit :limit offset :offset""");
        query.setParameter("limit", limit).setParameter("offset", offset);
        return results(query).stream()
                .map(r -> new MemberAttendance(
                        (UUID) r[0], (String) r[1], (UUID) r[2], number(r[3]), number(r[4]), number(r[5])))
                .toList();
    }

    /** How many members {@link #memberAttendance} lists over all its pages. */
    public long membersWithAttendance(Scope scope) {
        return number(query(scope, """
                        select count(distinct a.member_id)
                        from meeting_attendance a
                        join meetings m on m.id = a.meeting_id
                        join cells c on c.id = m.organization_id
                        where m.held_on between :from and :to""").getSingleResult());
    }

    private List<Object[]> rows(Scope scope, String select) {
        return results(query(scope, select));
    }

    private Query query(Scope scope, String select) {
        String sql = select.stripLeading().startsWith("with ")
                ? "with " + CELLS + ", " + select.stripLeading().substring("with ".length())
                : "with " + CELLS + select;
        Query query = em.createNativeQuery(sql)
                .setParameter("asOf", scope.asOf())
                .setParameter("prefix", TextSearch.escape(scope.path()) + "%");
        if (sql.contains(":from")) {
            query.setParameter("from", scope.from()).setParameter("to", scope.to());
        }
        return query;
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> results(Query query) {
        return query.getResultList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
