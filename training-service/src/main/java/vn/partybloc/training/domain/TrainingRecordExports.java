package vn.partybloc.training.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import vn.partybloc.platform.exports.ExportJob;
import vn.partybloc.platform.exports.Exports;
import vn.partybloc.training.repository.MemberReplicaRepository;

/**
 * Exports of the training records: each member's courses, obligations and contests, for an HR system's first sync of
 * who was trained in what; the enrollments, completions and obligations after it follow in the training feed.
 */
@ApplicationScoped
public class TrainingRecordExports {

    public static final String FAMILY = "training-records";

    private final Exports exports;
    private final MemberReplicaRepository members;
    private final MemberRecordService records;
    private final OrganizationScope scope;

    public TrainingRecordExports(
            Exports exports, MemberReplicaRepository members, MemberRecordService records, OrganizationScope scope) {
        this.exports = exports;
        this.members = members;
        this.records = records;
        this.scope = scope;
    }

    /**
     * Queues an export of the records of the members whose cell is in the subtree of {@code organizationId}
     * (everything the caller may read when null), each written as {@code view} shows it.
     */
    public ExportJob start(UUID organizationId, Function<MemberRecordService.Record, Object> view) {
        String subtree = scope.subtreePath(organizationId);
        return exports.submit(
                FAMILY,
                organizationId,
                null,
                sink -> members.inSubtreeInBatches(
                        subtree, batch -> records.recordsOf(batch).forEach(record -> sink.accept(view.apply(record)))));
    }

    /** The caller's exports (an admin's: everyone's), of the subtree of {@code organizationId} if named. */
    public List<ExportJob> list(UUID organizationId) {
        if (organizationId != null) {
            scope.visible(organizationId);
        }
        return exports.list(FAMILY, organizationId);
    }
}
