package vn.partybloc.platform.codes;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The labels of a service's vocabulary (its enums), {@code <SimpleName>.<CONSTANT>=label} in {@code labels.properties}
 * (English) and {@code labels_vi.properties} (Vietnamese). Both are required: a constant without its two labels fails
 * the list that names it, which each service's code-list test reads in full.
 */
final class VocabularyLabels {

    private static final Properties ENGLISH = load("labels.properties");
    private static final Properties VIETNAMESE = load("labels_vi.properties");

    private VocabularyLabels() {}

    static Code code(Enum<?> constant) {
        String key = constant.getDeclaringClass().getSimpleName() + "." + constant.name();
        return new Code(constant.name(), required(VIETNAMESE, "labels_vi", key), required(ENGLISH, "labels", key));
    }

    private static String required(Properties labels, String file, String key) {
        String label = labels.getProperty(key);
        if (label == null || label.isBlank()) {
            throw new IllegalStateException("No label " + key + " in " + file + ".properties");
        }
        return label;
    }

    private static Properties load(String resource) {
        Properties labels = new Properties();
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(resource);
        if (in == null) {
            return labels;
        }
        try (InputStreamReader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            labels.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return labels;
    }
}
