package vn.partybloc.platform.web;

import java.text.MessageFormat;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * Puts problem texts into English or Vietnamese. Keys are looked up in the service's own bundle ({@code problems}),
 * then the contracts' ({@code contracts-problems}), then the platform's ({@code platform-problems}); each bundle is a
 * {@code .properties} file in English with a {@code _vi} sibling. Patterns are {@link MessageFormat} ones (an
 * apostrophe is written {@code ''}); arguments are turned into text first, so numbers are never grouped and dates
 * stay ISO. Enum arguments take the label {@code enum.<SimpleName>.<CONSTANT>} where a bundle of that language has
 * one, else their code.
 */
public final class ProblemMessages {

    /** Most specific first: a service may override a platform text. */
    public static final List<String> BUNDLES = List.of("problems", "contracts-problems", "platform-problems");

    private static final ResourceBundle.Control NO_DEFAULT_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ProblemMessages() {}

    public static String text(Locale locale, ProblemMessage message) {
        Object[] args = new Object[message.args().length];
        for (int i = 0; i < args.length; i++) {
            args[i] = argument(locale, message.args()[i]);
        }
        String pattern = lookup(locale, message.key()).orElse(message.key());
        return new MessageFormat(pattern, locale).format(args);
    }

    public static String text(Locale locale, String key, Object... args) {
        return text(locale, new ProblemMessage(key, args));
    }

    private static String argument(Locale locale, Object arg) {
        if (arg instanceof ProblemMessage nested) {
            return text(locale, nested);
        }
        if (arg instanceof Enum<?> value) {
            return lookup(locale, "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name())
                    .orElse(value.name());
        }
        if (arg instanceof ProblemMessage.Code value) {
            return lookup(locale, "enum." + value.type() + "." + value.code()).orElse(value.code());
        }
        if (arg instanceof Collection<?> values) {
            return values.stream().map(v -> argument(locale, v)).collect(Collectors.joining(", "));
        }
        // Numbers, dates and ids as they print: no grouping of years, ISO dates in every language.
        return String.valueOf(arg);
    }

    static Optional<String> lookup(Locale locale, String key) {
        for (String base : BUNDLES) {
            ResourceBundle bundle;
            try {
                bundle = ResourceBundle.getBundle(
                        base, locale, Thread.currentThread().getContextClassLoader(), NO_DEFAULT_LOCALE);
            } catch (MissingResourceException e) {
                continue;
            }
            if (bundle.containsKey(key)) {
                return Optional.of(bundle.getString(key));
            }
        }
        return Optional.empty();
    }
}
