package vn.partybloc.platform.testapp;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.UUID;

/** The test application's one aggregate: just enough state for a write that also records an event. */
@Entity
@Table(name = "test_notes")
public class Note {

    @Id
    public UUID id;

    public String title;

    @Version
    public long version;
}
