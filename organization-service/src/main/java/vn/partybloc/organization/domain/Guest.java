package vn.partybloc.organization.domain;

import jakarta.persistence.Embeddable;

/** Someone invited to a meeting who is neither a member of the cell nor of a superior committee. */
@Embeddable
public class Guest {

    public String name;

    public String role;

    public Guest() {}

    public Guest(String name, String role) {
        this.name = name;
        this.role = role;
    }
}
