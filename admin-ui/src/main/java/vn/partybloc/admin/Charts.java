package vn.partybloc.admin;

import io.quarkus.qute.TemplateExtension;
import java.util.List;
import java.util.Map;
import vn.partybloc.client.model.OrganizationCounts;
import vn.partybloc.client.model.TopicFigures;
import vn.partybloc.client.model.TopicReport;

/**
 * The overview's bars. Its charts are bars drawn in their tables' rows (CSS, printed with the
 * page), so the figures stay readable as a table by screen readers and on paper.
 */
@TemplateExtension
final class Charts {

    private Charts() {}

    /** One bar of a chart: the figure's code, its value and its length as CSS. */
    public record Bar(String key, Long value, String length) {}

    /** The organizations of each type as bars, each as long as its share of the largest. */
    static List<Bar> typeBars(OrganizationCounts counts) {
        Map<String, Long> values = counts.getByType();
        Long longest = values.values().stream().mapToLong(Long::longValue).max().orElse(0);
        return values.entrySet().stream()
                .map(figure -> new Bar(figure.getKey(), figure.getValue(), Formats.bar(figure.getValue(), longest)))
                .toList();
    }

    static Long mostAttendees(TopicReport report) {
        return report.getTopics().stream()
                .mapToLong(TopicFigures::getAttendees)
                .max()
                .orElse(0);
    }
}
