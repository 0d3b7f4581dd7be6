package vn.partybloc.platform.exports;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An export as its creator follows it; {@code cursor} and {@code records} are known once it is DONE. */
public record ExportJob(
        UUID id,
        String family,
        ExportStatus status,
        UUID organizationId,
        LocalDate asOf,
        String createdBy,
        Instant createdAt,
        Instant startedAt,
        Instant finishedAt,
        Instant expiresAt,
        Long cursor,
        Long records,
        String error) {}
