package org.galley.common;

/**
 * A word inside a message that is itself translated, such as the name of the field a message is about: "The
 * 备注 is…" must not name the field in English. {@link GalleyI18NProvider} translates it in the reader's language;
 * {@code fallback} shows where the bundles have no such key.
 */
public record Term(String key, String fallback) {

    /** The name of an input field ("note", "display name", …), under {@code input.field.*} in the bundles. */
    public static Term field(String name) {
        return new Term("input.field." + name.replace(' ', '_'), name);
    }

    @Override
    public String toString() {
        return fallback;
    }
}
