package org.galley.segment;

/** A minimal pretty-printing JSON writer: objects, arrays, strings, booleans, raw values. */
final class JsonWriter {
    private final StringBuilder out = new StringBuilder(4096);
    private int depth;
    /** Whether the current container already holds an element (so the next one needs a comma). */
    private boolean[] hasElement = new boolean[16];
    private boolean afterName;

    JsonWriter beginObject() {
        return open('{');
    }

    JsonWriter endObject() {
        return close('}');
    }

    JsonWriter beginArray() {
        return open('[');
    }

    JsonWriter endArray() {
        return close(']');
    }

    JsonWriter name(String name) {
        element();
        quote(name);
        out.append(": ");
        afterName = true;
        return this;
    }

    JsonWriter value(String s) {
        element();
        if (s == null) {
            out.append("null");
        } else {
            quote(s);
        }
        return this;
    }

    JsonWriter value(boolean b) {
        element();
        out.append(b);
        return this;
    }

    JsonWriter rawValue(String json) {
        element();
        out.append(json);
        return this;
    }

    @Override
    public String toString() {
        return out.toString() + "\n";
    }

    private JsonWriter open(char c) {
        element();
        out.append(c);
        depth++;
        if (depth >= hasElement.length) {
            hasElement = java.util.Arrays.copyOf(hasElement, depth * 2);
        }
        hasElement[depth] = false;
        return this;
    }

    private JsonWriter close(char c) {
        boolean nonEmpty = hasElement[depth];
        depth--;
        if (nonEmpty) {
            newline();
        }
        out.append(c);
        return this;
    }

    /** Writes the separator before a value or a name, unless the value follows its name. */
    private void element() {
        if (afterName) {
            afterName = false;
            return;
        }
        if (depth > 0) {
            if (hasElement[depth]) {
                out.append(',');
            }
            hasElement[depth] = true;
            newline();
        }
    }

    private void newline() {
        out.append('\n');
        for (int i = 0; i < depth; i++) {
            out.append("  ");
        }
    }

    /** JSON string escaping: quotes, backslash and control characters; everything else is written as is. */
    private void quote(String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || Character.isSurrogate(c) && !validSurrogate(s, i)) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    /** A lone surrogate would make invalid UTF-8, so it is escaped; a proper pair is written as is. */
    private static boolean validSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
