package vn.partybloc.organization.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.partybloc.platform.web.ProblemException;

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

    /**
     * The host unit after a partial update: {@code name} or {@code kind} replaces the current one where given. Both
     * must be known afterwards, so an organization without a host unit needs both.
     */
    static HostUnit patched(HostUnit current, String name, HostUnitKind kind) {
        HostUnit host = current == null ? new HostUnit() : current;
        host.name = name != null ? name : host.name;
        host.kind = kind != null ? kind : host.kind;
        if (host.name == null || host.kind == null) {
            throw ProblemException.invalid(
                    host.name == null ? "hostUnitName" : "hostUnitKind", "organization.host-unit-required");
        }
        return host;
    }
}
