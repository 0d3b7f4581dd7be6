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
 * Counts of a free-text qualification (state management, foreign language, IT), its spellings grouped: "Tiếng Anh B1",
 * "tiếng anh  b1" and "TIENG ANH B1" are one level. No code list of these levels is confirmed (domain.md), so the levels
 * are the values in use, each group named by its most used spelling.
 */
public record QualificationLevels(Map<String, Long> counts, Map<String, Double> shares) {

    public static final String UNKNOWN = "UNKNOWN";

    /** The levels of {@code bySpelling} (a count per value as recorded, {@link #UNKNOWN} for none). */
    public static QualificationLevels of(Map<String, Long> bySpelling) {
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
        long total = counts.values().stream().mapToLong(Long::longValue).sum();
        Map<String, Double> shares = new LinkedHashMap<>();
        counts.forEach((level, count) -> shares.put(level, Shares.percent(count, total)));
        return new QualificationLevels(counts, shares);
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
