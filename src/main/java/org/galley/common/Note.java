package org.galley.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A note written by the system (history, audit) kept as a translation key with arguments rather than English
 * text, so each reader sees it in their own language. Stored as one string, {@code i18n:{"key":…,"args":[…]}};
 * anything else (a person's note, or an English note stored before keys existed) is shown exactly as stored.
 * <p>
 * Arguments are strings, numbers, booleans or {@link #term terms} (a word that is itself translated, such as a
 * field's name); anything else is stored as its text. Whole numbers are shown as plain digits (an article id
 * 1234 must not read "1,234"), so translations use plain {@code {0}}.
 */
public record Note(String key, List<Object> args) {

    /** An argument that is itself a translation key, e.g. {@code Note.term("field.headline")}. */
    public record Term(String key) {
    }

    public static Term term(String key) {
        return new Term(key);
    }

    static final String PREFIX = "i18n:";
    private static final ObjectMapper JSON = new ObjectMapper();

    public Note {
        args = List.copyOf(args);
    }

    /** The stored form of a system note: {@code Note.of("history.note.split", 3)}. */
    public static String of(String key, Object... args) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a note needs a translation key");
        }
        ObjectNode node = JSON.createObjectNode();
        node.put("key", key);
        ArrayNode list = node.putArray("args");
        for (Object a : args) {
            if (a == null) {
                list.addNull();
            } else if (a instanceof Integer i) {
                list.add(i);
            } else if (a instanceof Long l) {
                list.add(l);
            } else if (a instanceof Number n) {
                list.add(n.doubleValue());
            } else if (a instanceof Boolean b) {
                list.add(b);
            } else if (a instanceof Term t) {
                list.addObject().put("term", t.key());
            } else {
                list.add(a.toString());
            }
        }
        return PREFIX + node;
    }

    /** The key and arguments of a stored system note; empty for plain text (a person's note, an old note). */
    public static Optional<Note> decode(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(stored.substring(PREFIX.length()));
            JsonNode key = node == null ? null : node.get("key");
            if (key == null || !key.isTextual() || key.asText().isBlank()) {
                return Optional.empty();
            }
            List<Object> args = new ArrayList<>();
            JsonNode list = node.get("args");
            if (list != null && list.isArray()) {
                for (JsonNode a : list) {
                    args.add(a.isNull() ? null : a.isObject() ? (Object) new Term(a.path("term").asText())
                            : a.isIntegralNumber() ? (Object) a.longValue()
                            : a.isNumber() ? (Object) a.doubleValue() : a.isBoolean() ? (Object) a.booleanValue() : a.asText());
                }
            }
            return Optional.of(new Note(key.asText(), args));
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
    }

    /** What the reader sees: a system note translated into {@code locale}, anything else as stored ("" for none). */
    public static String render(String stored, Locale locale, com.vaadin.flow.i18n.I18NProvider i18n) {
        if (stored == null) {
            return "";
        }
        return render(stored, (key, args) -> i18n.getTranslation(key, locale, args));
    }

    /** The same with a view's own {@code getTranslation}: {@code Note.render(note, this::getTranslation)}. */
    public static String render(String stored, java.util.function.BiFunction<String, Object[], String> translate) {
        if (stored == null) {
            return "";
        }
        return decode(stored).map(n -> translate.apply(n.key(), n.args().stream()
                .map(a -> a instanceof Term t ? translate.apply(t.key(), new Object[0])
                        : a instanceof Long || a instanceof Integer ? String.valueOf(a) : a).toArray())).orElse(stored);
    }

    /** Whether a stored note is a system note (a key), as opposed to text a person wrote. */
    public static boolean isKey(String stored) {
        return decode(stored).isPresent();
    }
}
