package org.galley.article;

import java.util.Arrays;
import java.util.function.BiFunction;

/**
 * Every note the server writes into a revision's history, in one place. Notes are stored as a translation key
 * with arguments ("history.note.split|3"), so each reader sees them in their own language; a note a person typed
 * is stored as typed and shown as is.
 */
public final class Notes {

    private static final String PREFIX = "history.note.";
    private static final String SEPARATOR = "|";

    private Notes() {
    }

    static String of(String key, Object... args) {
        StringBuilder sb = new StringBuilder(PREFIX).append(key);
        for (Object a : args) {
            sb.append(SEPARATOR).append(String.valueOf(a).replace(SEPARATOR, "/"));
        }
        return sb.toString();
    }

    public static String split(int paragraph) {
        return of("split", paragraph);
    }

    public static String mergedFrom(long fromId) {
        return of("mergedFrom", fromId);
    }

    public static String mergedInto(long intoId) {
        return of("mergedInto", intoId);
    }

    public static String movedParagraphs(int count, long toId) {
        return of("movedParagraphs", count, toId);
    }

    public static String movedField(String field, long toId) {
        return of("movedField", field, toId);
    }

    public static String paragraphTo(int paragraph, String field) {
        return of("paragraphTo", paragraph, field);
    }

    public static String paragraphRole(int paragraph, String role) {
        return of("paragraphRole", paragraph, role);
    }

    public static String fromLines(int first, int last) {
        return of("fromLines", first, last);
    }

    public static String markedFurniture(int first, int last) {
        return of("markedFurniture", first, last);
    }

    public static String unmarkedFurniture(int first, int last) {
        return of("unmarkedFurniture", first, last);
    }

    public static String assigned(String role, int first) {
        return of("assigned", role, first);
    }

    public static String restored(int revision) {
        return of("restored", revision);
    }

    public static String linesRecorded() {
        return of("linesRecorded");
    }

    public static boolean isKey(String note) {
        return note != null && note.startsWith(PREFIX);
    }

    /** The note in the reader's language: a stored key translated with its arguments, a typed note as typed. */
    public static String display(String note, BiFunction<String, Object[], String> translate) {
        if (!isKey(note)) {
            return note == null ? "" : note;
        }
        String[] parts = note.split("\\|", -1);
        return translate.apply(parts[0], Arrays.copyOfRange(parts, 1, parts.length, Object[].class));
    }
}
