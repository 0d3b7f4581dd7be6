package vn.partybloc.member.domain;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Counts of a qualification (state management, foreign language, IT) two ways. By the text as recorded, its spellings
 * grouped: "Tiếng Anh B1", "tiếng anh  b1" and "TIENG ANH B1" are one level, named by its most used spelling. And by
 * the level of the code list the text names ({@code byCode}); a text that names no level is counted as unmapped, with
 * its spellings grouped the same way, so nothing recorded disappears from the figures.
 */
public record QualificationLevels(
        Map<String, Long> counts,
        Map<String, Double> shares,
        Map<String, Long> byCode,
        Map<String, Double> codeShares,
        long unmapped,
        double unmappedShare,
        Map<String, Long> unmappedCounts) {

    public static final String UNKNOWN = "UNKNOWN";

    /** The levels of the people counted in {@code recorded}; a null text is counted as {@link #UNKNOWN}. */
    public static QualificationLevels of(List<RecordedQualification> recorded) {
        Map<String, Long> bySpelling = new TreeMap<>();
        Map<String, Long> unmappedBySpelling = new TreeMap<>();
        Map<String, Long> byCode = new TreeMap<>();
        for (RecordedQualification r : recorded) {
            String spelling = r.text() == null ? UNKNOWN : r.text().strip();
            bySpelling.merge(spelling, r.people(), Long::sum);
            if (r.code() != null) {
                byCode.merge(r.code(), r.people(), Long::sum);
            } else if (r.text() != null) {
                unmappedBySpelling.merge(spelling, r.people(), Long::sum);
            }
        }
        Map<String, Long> counts = grouped(bySpelling);
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        long unmapped =
                unmappedBySpelling.values().stream().mapToLong(Long::longValue).sum();
        return new QualificationLevels(
                counts,
                shares(counts, total),
                byCode,
                shares(byCode, total),
                unmapped,
                Shares.percent(unmapped, total),
                grouped(unmappedBySpelling));
    }

    /** Spellings that differ only in case, accents or spaces as one, named by the most used spelling. */
    private static Map<String, Long> grouped(Map<String, Long> bySpelling) {
        Map<String, List<Map.Entry<String, Long>>> groups = bySpelling.entrySet().stream()
                .collect(Collectors.groupingBy(e -> key(e.getKey()), TreeMap::new, Collectors.toList()));
        Map<String, Long> counts = new TreeMap<>();
        groups.values()
                .forEach(spellings -> counts.put(
                        spellings.stream()
                                .max(Comparator.comparingLong(Map.Entry<String, Long>::getValue)
                                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                                .orElseThrow()
                                .getKey()
                                .strip()
                                .replaceAll("\\s+", " "),
                        spellings.stream().mapToLong(Map.Entry::getValue).sum()));
        return counts;
    }

    private static Map<String, Double> shares(Map<String, Long> counts, long total) {
        Map<String, Double> shares = new LinkedHashMap<>();
        counts.forEach((level, count) -> shares.put(level, Shares.percent(count, total)));
        return shares;
    }

    /** Case, accents (đ as d) and runs of spaces do not tell two levels apart. */
    static String key(String spelling) {
        String stripped = Normalizer.normalize(spelling, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .replace('đ', 'd')
                .replace('Đ', 'D');
        return stripped.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
