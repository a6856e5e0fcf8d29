package org.galley.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Where a query's terms occur in a text as written, as plain segments (text, matched or not): the caller
 * renders them (a {@code <mark>} element, a JSON flag), so nothing in an article is ever read as markup. Han
 * terms match as substrings of the folded text; a word matches itself or a word that starts with its stem
 * and goes on by at most a suffix (runs, running for run).
 */
public final class Highlight {

    /** A piece of text as written, matched or not. */
    public record Segment(String text, boolean match) {
    }

    /** The length of a snippet, in characters of the original text. */
    public static final int SNIPPET = 160;
    private static final int BEFORE = 40;
    private static final int MAX_SUFFIX = 4;

    private final List<String> han;
    private final Map<String, String> wordStems;

    /**
     * @param tokens    the folded tokens of the query's positive terms
     * @param wordStems for each folded query word, its stem (itself when unknown)
     */
    Highlight(List<SearchText.Token> tokens, Map<String, String> wordStems) {
        this.han = tokens.stream().filter(SearchText.Token::han).map(SearchText.Token::text).distinct().toList();
        this.wordStems = Map.copyOf(wordStems);
    }

    /** The whole text, its matches marked. */
    public List<Segment> all(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return segments(text, matches(text), 0, text.length());
    }

    /** A window of about {@link #SNIPPET} characters around the first match (the start if none), marked. */
    public List<Segment> snippet(String text) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        boolean[] marked = matches(text);
        int first = 0;
        while (first < marked.length && !marked[first]) {
            first++;
        }
        int start = first == marked.length ? 0 : Math.max(0, first - BEFORE);
        int end = Math.min(text.length(), start + SNIPPET);
        if (end == text.length()) {
            start = Math.max(0, end - SNIPPET);
        }
        start = safe(text, start);
        end = safe(text, end);
        List<Segment> out = new ArrayList<>();
        if (start > 0) {
            out.add(new Segment("…", false));
        }
        out.addAll(segments(text, marked, start, end));
        if (end < text.length()) {
            out.add(new Segment("…", false));
        }
        return out;
    }

    /** Which characters of the original text are part of a match. */
    boolean[] matches(String text) {
        boolean[] marked = new boolean[text.length()];
        SearchText.Folded folded = SearchText.foldWithSources(text);
        String f = folded.text();
        int[] source = folded.source();
        for (String run : han) {
            for (int at = f.indexOf(run); at >= 0; at = f.indexOf(run, at + 1)) {
                mark(marked, text, source, at, at + run.length());
            }
        }
        if (!wordStems.isEmpty()) {
            for (SearchText.Token t : SearchText.tokens(f)) {
                if (!t.han() && wordMatches(t.text())) {
                    mark(marked, text, source, t.start(), t.end());
                }
            }
        }
        return marked;
    }

    private boolean wordMatches(String word) {
        for (Map.Entry<String, String> e : wordStems.entrySet()) {
            String stem = e.getValue();
            if (word.equals(e.getKey()) || (word.startsWith(stem) && word.length() - stem.length() <= MAX_SUFFIX)) {
                return true;
            }
        }
        return false;
    }

    private static void mark(boolean[] marked, String text, int[] source, int from, int to) {
        int start = source[from];
        int lastSource = source[to - 1];
        int end = lastSource + Character.charCount(text.codePointAt(lastSource));
        for (int i = start; i < end; i++) {
            marked[i] = true;
        }
    }

    private static List<Segment> segments(String text, boolean[] marked, int start, int end) {
        List<Segment> out = new ArrayList<>();
        int i = start;
        while (i < end) {
            int j = i;
            while (j < end && marked[j] == marked[i]) {
                j++;
            }
            out.add(new Segment(text.substring(i, j), marked[i]));
            i = j;
        }
        return out;
    }

    /** Never cut between the two halves of a surrogate pair. */
    private static int safe(String text, int at) {
        return at > 0 && at < text.length() && Character.isLowSurrogate(text.charAt(at)) ? at - 1 : at;
    }
}
