package vn.partybloc.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The refused items of an all-or-nothing batch. Each refusal names its item as {@code items[i]} with the rule it
 * broke; {@link #throwIfAny} refuses the whole batch at once, listing them all in the order of the items.
 */
public final class BatchRefusals {

    private record Refusal(int index, ProblemMessage message) {}

    private final List<Refusal> refusals = new ArrayList<>();

    /** Item {@code index} is refused by {@code problem}: its rule id (or its type) and its detail. */
    public void refuse(int index, ProblemException problem) {
        refuse(
                index,
                new ProblemMessage(
                        "batch.item-refused",
                        problem.rule() == null ? problem.type().name() : problem.rule(),
                        problem.detail()));
    }

    public void refuse(int index, ProblemMessage message) {
        refusals.add(new Refusal(index, message));
    }

    /** A {@code 422} with {@code rule} (the service's batch rule) and every refused item, when one was refused. */
    public void throwIfAny(String rule, int items) {
        if (refusals.isEmpty()) {
            return;
        }
        List<ProblemException.FieldIssue> errors = refusals.stream()
                .sorted(Comparator.comparingInt(Refusal::index))
                .map(r -> new ProblemException.FieldIssue("items[" + r.index() + "]", r.message()))
                .toList();
        throw new ProblemException(
                ProblemType.DOMAIN_RULE, new ProblemMessage("batch.refused", errors.size(), items), rule, errors);
    }
}
