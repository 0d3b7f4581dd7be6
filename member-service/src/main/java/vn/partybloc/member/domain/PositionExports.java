package vn.partybloc.member.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import vn.partybloc.member.repository.PositionRepository;
import vn.partybloc.platform.exports.ExportJob;
import vn.partybloc.platform.exports.Exports;

/**
 * Exports of who holds which committee position: the positions held on a day on the committees of a subtree, for an
 * HR system's first sync of the committee members (cấp ủy viên); their changes follow in the members' changes feed.
 */
@ApplicationScoped
public class PositionExports {

    public static final String FAMILY = "positions";

    private final Exports exports;
    private final PositionRepository positions;
    private final OrganizationScope scope;
    private final Clock clock;

    public PositionExports(Exports exports, PositionRepository positions, OrganizationScope scope, Clock clock) {
        this.exports = exports;
        this.positions = positions;
        this.scope = scope;
        this.clock = clock;
    }

    /**
     * Queues an export of the positions held at the end of {@code asOf} (today when null) on the committees of the
     * subtree of {@code organizationId} (everything the caller may read when null), of these committee kinds and
     * positions (all when empty), each written as {@code view} shows it.
     */
    public ExportJob start(
            UUID organizationId,
            LocalDate asOf,
            Set<CommitteeKind> kinds,
            Set<PositionKind> held,
            Function<Position, Object> view) {
        String subtree = scope.subtreePath(organizationId);
        LocalDate day = asOf != null ? asOf : LocalDate.now(clock);
        return exports.submit(
                FAMILY,
                organizationId,
                asOf,
                sink -> positions.eachHeld(subtree, day, kinds, held, position -> sink.accept(view.apply(position))));
    }

    /** The caller's exports (an admin's: everyone's), of the subtree of {@code organizationId} if named. */
    public List<ExportJob> list(UUID organizationId) {
        if (organizationId != null) {
            scope.visible(organizationId);
        }
        return exports.list(FAMILY, organizationId);
    }
}
