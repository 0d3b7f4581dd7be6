package vn.partybloc.member.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import vn.partybloc.platform.persistence.AuditedEntity;

/** A committee of an organization for one term: executive, standing, cell or inspection committee. */
@Entity
@Table(name = "committees")
public class Committee extends AuditedEntity {

    @Id
    public UUID id;

    @Column(name = "organization_id")
    public UUID organizationId;

    @Enumerated(EnumType.STRING)
    public CommitteeKind kind;

    @Column(name = "term_start_year")
    public int termStartYear;

    @Column(name = "term_end_year")
    public int termEndYear;

    /** A new committee, formed by {@code actor} at {@code at}. */
    static Committee formed(
            UUID organizationId, CommitteeKind kind, int startYear, int endYear, String actor, Instant at) {
        Committee c = new Committee();
        c.id = UUID.randomUUID();
        c.organizationId = organizationId;
        c.kind = kind;
        c.termStartYear = startYear;
        c.termEndYear = endYear;
        c.created(actor, at);
        return c;
    }

    /** Which committee of its organization this is: at most one of a kind per term. */
    Key key() {
        return new Key(organizationId, kind, termStartYear);
    }

    record Key(UUID organizationId, CommitteeKind kind, int termStartYear) {}
}
