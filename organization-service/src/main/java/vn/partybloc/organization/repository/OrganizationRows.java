package vn.partybloc.organization.repository;

import java.util.UUID;
import vn.partybloc.organization.domain.HostUnitKind;
import vn.partybloc.organization.domain.OrganizationRow;
import vn.partybloc.organization.domain.OrganizationStatus;
import vn.partybloc.organization.domain.OrganizationType;
import vn.partybloc.platform.persistence.SqlValues;

/** How an {@link OrganizationRow} is read: from the table now, or from the snapshots as of a date. */
final class OrganizationRows {

    private OrganizationRows() {}

    static final String CURRENT = """
            select id, code, name, type, parent_id, path, depth, host_unit_name, host_unit_kind, founded_on,
                   founding_decision, status, status_since, meets_online, version, created_at, created_by, updated_at,
                   updated_by
            from organizations""";

    static final String AS_OF = """
            select organization_id as id, code, name, type, parent_id, path, depth, host_unit_name, host_unit_kind,
                   founded_on, founding_decision, status, status_since, meets_online, null::bigint as version,
                   null::timestamptz as created_at, null::text as created_by, null::timestamptz as updated_at,
                   null::text as updated_by
            from organization_snapshots
            where valid_from <= :asOf and (valid_to is null or valid_to > :asOf)""";

    static OrganizationRow from(Object[] r) {
        return new OrganizationRow(
                (UUID) r[0],
                (String) r[1],
                (String) r[2],
                OrganizationType.valueOf((String) r[3]),
                (UUID) r[4],
                (String) r[5],
                ((Number) r[6]).intValue(),
                (String) r[7],
                r[8] == null ? null : HostUnitKind.valueOf((String) r[8]),
                SqlValues.localDate(r[9]),
                (String) r[10],
                OrganizationStatus.valueOf((String) r[11]),
                SqlValues.localDate(r[12]),
                (Boolean) r[13],
                r[14] == null ? null : ((Number) r[14]).longValue(),
                SqlValues.instant(r[15]),
                (String) r[16],
                SqlValues.instant(r[17]),
                (String) r[18]);
    }
}
