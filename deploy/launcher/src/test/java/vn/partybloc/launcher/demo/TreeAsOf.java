package vn.partybloc.launcher.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import vn.partybloc.launcher.demo.OrganizationChange.Founding;
import vn.partybloc.launcher.demo.OrganizationChange.Merge;
import vn.partybloc.launcher.demo.OrganizationChange.Split;
import vn.partybloc.launcher.demo.OrganizationChange.TransferIn;
import vn.partybloc.launcher.demo.OrganizationChange.TransferOut;

/**
 * The tree a history leaves at the end of a day, replayed the way organization-service applies the commands: a
 * transfer out takes the subtree along, a split's parts keep the source's parent and type.
 */
final class TreeAsOf {

    record Org(String code, String type, String parentCode) {}

    private final Map<String, Org> known = new HashMap<>();
    private final Set<String> active = new HashSet<>();

    static TreeAsOf of(OrganizationHistory history, LocalDate day) {
        TreeAsOf tree = new TreeAsOf();
        tree.apply(history.root(), day);
        history.baseline().forEach(f -> tree.apply(f, day));
        history.changes().forEach(c -> tree.apply(c, day));
        return tree;
    }

    private void apply(OrganizationChange change, LocalDate day) {
        if (change.decision().effectiveDate().isAfter(day)) {
            return;
        }
        if (change instanceof Founding f) {
            add(f.organization());
        } else if (change instanceof TransferIn in) {
            add(in.organization());
        } else if (change instanceof TransferOut out) {
            active.removeIf(code -> isWithin(code, out.code()));
        } else if (change instanceof Split split) {
            Org source = known.get(split.sourceCode());
            active.remove(source.code());
            split.into().forEach(part -> add(new Org(part.code(), source.type(), source.parentCode())));
        } else if (change instanceof Merge merge) {
            merge.sourceCodes().forEach(active::remove);
            add(merge.newTarget());
        }
    }

    private void add(NewOrganization o) {
        add(new Org(o.code(), o.type(), o.parentCode()));
    }

    private void add(Org org) {
        known.put(org.code(), org);
        active.add(org.code());
    }

    long count(String type) {
        return active.stream()
                .filter(code -> known.get(code).type().equals(type))
                .count();
    }

    /** The active grassroots committees and grassroots cells, by code. */
    Set<String> grassroots() {
        return active.stream()
                .filter(code -> known.get(code).type().startsWith("GRASSROOTS_"))
                .collect(java.util.stream.Collectors.toSet());
    }

    boolean isActive(String code) {
        return active.contains(code);
    }

    String type(String code) {
        return known.get(code).type();
    }

    String grassrootsOf(String code) {
        Org org = known.get(code);
        while (!org.type().startsWith("GRASSROOTS_")) {
            org = known.get(org.parentCode());
        }
        return org.code();
    }

    private boolean isWithin(String code, String ancestor) {
        for (Org o = known.get(code); o != null; o = o.parentCode() == null ? null : known.get(o.parentCode())) {
            if (o.code().equals(ancestor)) {
                return true;
            }
        }
        return false;
    }
}
