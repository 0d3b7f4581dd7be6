package vn.partybloc.organization.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

@Embeddable
public class AgendaItem {

    @Enumerated(EnumType.STRING)
    public AgendaCategory category;

    public String title;

    public AgendaItem() {}

    public AgendaItem(AgendaCategory category, String title) {
        this.category = category;
        this.title = title;
    }
}
