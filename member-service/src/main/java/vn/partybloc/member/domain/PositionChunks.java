package vn.partybloc.member.domain;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.partybloc.member.repository.CommitteeRepository;
import vn.partybloc.member.repository.MemberRepository;
import vn.partybloc.member.repository.OrganizationReplicaRepository;
import vn.partybloc.member.repository.PositionRepository;
import vn.partybloc.platform.web.ProblemException;

/**
 * What a chunk of position rows needs, read in at most five statements rather than several per row: the members the
 * rows name, the committees (locked in id order, so that two imports naming the same committees wait for each other
 * rather than deadlock) and their organizations, and the positions those members hold on those committees. The
 * entities stay in the session, where the rules' lookups by id find them without a statement. The members' cells are
 * left to the rules' own lookups: read here as well, the import measured slower (docs/measurements.md).
 */
@ApplicationScoped
public class PositionChunks {

    private final MemberRepository members;
    private final OrganizationReplicaRepository organizations;
    private final CommitteeRepository committees;
    private final PositionRepository positions;

    public PositionChunks(
            MemberRepository members,
            OrganizationReplicaRepository organizations,
            CommitteeRepository committees,
            PositionRepository positions) {
        this.members = members;
        this.organizations = organizations;
        this.committees = committees;
        this.positions = positions;
    }

    /** Reads what {@code rows} name; call it in the transaction that imports them. */
    public Chunk read(List<PositionRow> rows) {
        Set<UUID> memberIds = rows.stream()
                .map(PositionRow::memberId)
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(HashSet::new));
        members.byIds(memberIds);
        Set<String> nationalIds = rows.stream()
                .filter(row -> row.memberId() == null)
                .map(PositionRow::memberNationalId)
                .collect(Collectors.toSet());
        Map<String, UUID> byNationalId = new HashMap<>();
        if (!nationalIds.isEmpty()) {
            members.byNationalIds(nationalIds).forEach((nationalId, member) -> byNationalId.put(nationalId, member.id));
        }
        memberIds.addAll(byNationalId.values());
        Set<UUID> committeeIds = rows.stream().map(PositionRow::committeeId).collect(Collectors.toSet());
        organizations.byIds(committees.lockedInIdOrder(committeeIds).stream()
                .map(committee -> committee.organizationId)
                .collect(Collectors.toSet()));
        Map<Key, Position> held = new HashMap<>();
        positions.of(committeeIds, memberIds).forEach(position -> held.put(Key.of(position), position));
        return new Chunk(byNationalId, held);
    }

    private record Key(UUID committeeId, UUID memberId, PositionKind kind, LocalDate startsOn) {

        static Key of(Position position) {
            return new Key(position.committeeId, position.memberId, position.position, position.startsOn);
        }
    }

    /** A chunk's members by national id, and the positions they hold on its committees by the rows' natural key. */
    public static final class Chunk {

        private final Map<String, UUID> memberIds;
        private final Map<Key, Position> held;

        private Chunk(Map<String, UUID> memberIds, Map<Key, Position> held) {
            this.memberIds = memberIds;
            this.held = held;
        }

        public UUID memberId(PositionRow row) {
            if (row.memberId() != null) {
                return row.memberId();
            }
            return Optional.ofNullable(memberIds.get(row.memberNationalId()))
                    .orElseThrow(() -> ProblemException.notFound("member-with-national-id", row.memberNationalId()));
        }

        public Optional<Position> held(UUID memberId, PositionRow row) {
            return Optional.ofNullable(held.get(new Key(row.committeeId(), memberId, row.position(), row.startsOn())));
        }

        /** A position a row of the chunk started: a later row naming it finds it. */
        public void started(Position position) {
            held.put(Key.of(position), position);
        }
    }
}
