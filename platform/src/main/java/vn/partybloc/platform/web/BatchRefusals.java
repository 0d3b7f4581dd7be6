package vn.partybloc.platform.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The refused items of an all-or-nothing batch. Each refusal names its item as {@code items[i]} with the type of the
 * problem that refused it and the rule it broke, if a rule did; {@link #throwIfAny} refuses the whole batch at once,
 * listing them all in the order of the items.
 */
public final class BatchRefusals {

    private record Refusal(int index, ProblemType type, String rule, ProblemMessage message) {}

    private final List<Refusal> refusals = new ArrayList<>();

    /** Item {@code index} is refused by {@code problem}, as the single command would have been. */
    public void refuse(int index, ProblemException problem) {
        refusals.add(new Refusal(
                index,
                problem.type(),
                problem.rule(),
                new ProblemMessage(
                        "batch.item-refused",
                        problem.rule() == null ? problem.type().name() : problem.rule(),
                        problem.detail())));
    }

    /** A {@code 422} with {@code rule} (the service's batch rule) and every refused item, when one was refused. */
    public void throwIfAny(String rule, int items) {
        if (refusals.isEmpty()) {
            return;
        }
        List<ProblemException.FieldIssue> errors = refusals.stream()
                .sorted(Comparator.comparingInt(Refusal::index))
                .map(r -> ProblemException.FieldIssue.refusedItem(r.index(), r.message(), r.type(), r.rule()))
                .toList();
        throw new ProblemException(
                ProblemType.DOMAIN_RULE, new ProblemMessage("batch.refused", errors.size(), items), rule, errors);
    }
}
