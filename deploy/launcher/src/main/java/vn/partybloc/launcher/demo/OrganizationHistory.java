package vn.partybloc.launcher.demo;

import java.util.List;
import vn.partybloc.launcher.demo.OrganizationChange.Founding;

/**
 * The Bloc's tree as the demo builds it, in the order it is sent: the Bloc itself, the tree of 2020 (172 grassroots
 * organizations, 12 sub-committees, 1,224 subordinate cells) and the article's changes of 2021 → 06/2023.
 */
public record OrganizationHistory(Founding root, List<Founding> baseline, List<OrganizationChange> changes) {

    /** The grassroots committee whose secretary the demo's {@code secretary} login is. */
    public static final String SECRETARY_ORGANIZATION = "GC001";

    public OrganizationHistory {
        baseline = List.copyOf(baseline);
        changes = List.copyOf(changes);
    }
}
