package vn.partybloc.member.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import vn.partybloc.member.repository.MemberRepository;
import vn.partybloc.platform.exports.ExportJob;
import vn.partybloc.platform.exports.Exports;

/** Exports of the register: the members a list with the same filter would show the caller, all of them at once. */
@ApplicationScoped
public class MemberExports {

    public static final String FAMILY = "members";

    private final Exports exports;
    private final MemberQueries queries;
    private final MemberRepository members;
    private final OrganizationScope scope;

    public MemberExports(Exports exports, MemberQueries queries, MemberRepository members, OrganizationScope scope) {
        this.exports = exports;
        this.queries = queries;
        this.members = members;
        this.scope = scope;
    }

    /**
     * Queues an export of the subtree of {@code organizationId} (everything the caller may read when null), as of the
     * end of {@code asOf} (today when null), each member written as {@code view} shows it to the caller.
     */
    public ExportJob start(
            UUID organizationId, LocalDate asOf, Set<MemberStatus> statuses, Function<Member, Object> view) {
        MemberFilter filter = queries.scoped(
                new MemberFilter(null, null, true, null, statuses, Set.of(), Set.of(), Set.of(), Set.of(), asOf, null),
                organizationId);
        return exports.submit(
                FAMILY, organizationId, asOf, sink -> members.each(filter, member -> sink.accept(view.apply(member))));
    }

    /** The caller's exports (an admin's: everyone's), of the subtree of {@code organizationId} if named. */
    public List<ExportJob> list(UUID organizationId) {
        if (organizationId != null) {
            scope.visible(organizationId);
        }
        return exports.list(FAMILY, organizationId);
    }
}
