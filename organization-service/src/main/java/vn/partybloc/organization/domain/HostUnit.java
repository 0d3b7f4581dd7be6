package vn.partybloc.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The agency or enterprise an organization belongs to. */
@Embeddable
public class HostUnit {

    @Column(name = "host_unit_name")
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "host_unit_kind")
    public HostUnitKind kind;

    public HostUnit() {}

    public HostUnit(String name, HostUnitKind kind) {
        this.name = name;
        this.kind = kind;
    }
}
