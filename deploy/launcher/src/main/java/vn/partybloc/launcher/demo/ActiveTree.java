package vn.partybloc.launcher.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The generator's picture of the tree as the changes leave it, as organization-service would keep it: a transfer out
 * takes the subtree with it, a split's parts take the source's parent and type.
 */
final class ActiveTree {

    record Node(String code, String type, String parentCode) {}

    private final Map<String, Node> known = new HashMap<>();
    private final Map<String, Node> active = new LinkedHashMap<>();

    void add(String code, String type, String parentCode) {
        Node node = new Node(code, type, parentCode);
        known.put(code, node);
        active.put(code, node);
    }

    void transferOut(String code) {
        active.values().removeIf(node -> isWithin(node, code));
    }

    void split(String source, List<String> parts) {
        Node node = active.remove(source);
        parts.forEach(part -> add(part, node.type(), node.parentCode()));
    }

    void merge(List<String> sources, String target, String type, String parentCode) {
        sources.forEach(active::remove);
        add(target, type, parentCode);
    }

    /** The active organizations of a type, by code. */
    List<Node> active(String type) {
        return active.values().stream()
                .filter(node -> node.type().equals(type))
                .sorted(Comparator.comparing(Node::code))
                .toList();
    }

    /** The active grassroots committees and grassroots cells, by code. */
    List<Node> grassroots() {
        List<Node> all = new ArrayList<>(active("GRASSROOTS_COMMITTEE"));
        all.addAll(active("GRASSROOTS_CELL"));
        return all.stream().sorted(Comparator.comparing(Node::code)).toList();
    }

    String type(String code) {
        return known.get(code).type();
    }

    /** The grassroots organization an organization belongs to (itself if it is one). */
    String grassrootsOf(String code) {
        Node node = known.get(code);
        while (!node.type().startsWith("GRASSROOTS_")) {
            node = known.get(node.parentCode());
        }
        return node.code();
    }

    private boolean isWithin(Node node, String ancestor) {
        for (Node n = node; n != null; n = n.parentCode() == null ? null : known.get(n.parentCode())) {
            if (n.code().equals(ancestor)) {
                return true;
            }
        }
        return false;
    }
}
