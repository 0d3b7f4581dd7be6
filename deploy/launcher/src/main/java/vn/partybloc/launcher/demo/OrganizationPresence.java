package vn.partybloc.launcher.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.partybloc.launcher.demo.OrganizationChange.Founding;
import vn.partybloc.launcher.demo.OrganizationChange.Merge;
import vn.partybloc.launcher.demo.OrganizationChange.Split;
import vn.partybloc.launcher.demo.OrganizationChange.TransferIn;
import vn.partybloc.launcher.demo.OrganizationChange.TransferOut;

/**
 * When each organization of a history was part of the Bloc: from the day it was founded or received to the day it left
 * (transferred out with its subtree, split or merged), the way evaluation-service dates a review's subject.
 */
final class OrganizationPresence {

    private record Organization(String type, String parentCode, LocalDate joined) {}

    private final Map<String, Organization> organizations = new LinkedHashMap<>();
    private final Map<String, LocalDate> left = new HashMap<>();

    static OrganizationPresence of(OrganizationHistory history) {
        OrganizationPresence presence = new OrganizationPresence();
        presence.apply(history.root());
        history.baseline().forEach(presence::apply);
        history.changes().forEach(presence::apply);
        return presence;
    }

    private void apply(OrganizationChange change) {
        LocalDate on = change.decision().effectiveDate();
        if (change instanceof Founding f) {
            join(f.organization(), on);
        } else if (change instanceof TransferIn in) {
            join(in.organization(), on);
        } else if (change instanceof TransferOut out) {
            organizations.keySet().stream()
                    .filter(code -> !left.containsKey(code) && isWithin(code, out.code()))
                    .toList()
                    .forEach(code -> left.put(code, on));
        } else if (change instanceof Split split) {
            Organization source = organizations.get(split.sourceCode());
            left.put(split.sourceCode(), on);
            split.into()
                    .forEach(part ->
                            organizations.put(part.code(), new Organization(source.type(), source.parentCode(), on)));
        } else if (change instanceof Merge merge) {
            merge.sourceCodes().forEach(code -> left.put(code, on));
            join(merge.newTarget(), on);
        }
    }

    private void join(NewOrganization organization, LocalDate on) {
        organizations.put(organization.code(), new Organization(organization.type(), organization.parentCode(), on));
    }

    /**
     * Part of the Bloc on some day of the year: joined by its last day and not gone by its first (a change takes
     * effect on its date, so one that left on 1 January was not).
     */
    boolean during(String code, int year) {
        Organization organization = organizations.get(code);
        LocalDate gone = left.get(code);
        return !organization.joined().isAfter(LocalDate.of(year, 12, 31))
                && (gone == null || gone.isAfter(LocalDate.of(year, 1, 1)));
    }

    /** The day the organization was founded or received. */
    LocalDate joinedOn(String code) {
        return organizations.get(code).joined();
    }

    /** The day the organization left the Bloc, or null while it is part of it. */
    LocalDate leftOn(String code) {
        return left.get(code);
    }

    /** The grassroots committees and grassroots cells that were part of the Bloc during the year, by code. */
    List<String> grassroots(int year) {
        List<String> codes = new ArrayList<>();
        organizations.forEach((code, organization) -> {
            if (organization.type().startsWith("GRASSROOTS_") && during(code, year)) {
                codes.add(code);
            }
        });
        return codes.stream().sorted().toList();
    }

    private boolean isWithin(String code, String ancestor) {
        for (String c = code; c != null; c = organizations.get(c).parentCode()) {
            if (c.equals(ancestor)) {
                return true;
            }
        }
        return false;
    }
}
