package org.galley.segment;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words a page attests: every Latin word that stands inside a line (not at either end, where the line-end
 * fragments are), lower-cased, and the hyphenated compounds it spells (to-day, New-York).
 */
final class Vocabulary {
    static final Vocabulary EMPTY = new Vocabulary(new WordSet(1), Set.of());

    private final WordSet words;
    private final Set<String> compounds;

    private Vocabulary(WordSet words, Set<String> compounds) {
        this.words = words;
        this.compounds = compounds;
    }

    static Vocabulary of(List<Line> lines) {
        // a column line holds five to eight words, most of them repeated on the page: about two new words per line
        WordSet words = new WordSet(Math.max(256, lines.size() * 2));
        Set<String> compounds = new HashSet<>();
        char[] scratch = new char[64];
        for (Line line : lines) {
            if (line.kind == LineKind.TEXT || line.kind == LineKind.TITLE) {
                scratch = collect(line.text, words, compounds, scratch);
            }
        }
        return words.isEmpty() && compounds.isEmpty() ? EMPTY : new Vocabulary(words, compounds);
    }

    /** Scans the tokens of one line; the first and last tokens are skipped, they may be halves of a broken word. */
    private static char[] collect(String t, WordSet words, Set<String> compounds, char[] scratch) {
        int n = t.length();
        int i = 0;
        int index = 0;
        while (i < n) {
            while (i < n && t.charAt(i) == ' ') {
                i++;
            }
            int start = i;
            boolean dash = false;
            while (i < n && t.charAt(i) != ' ') {
                dash |= t.charAt(i) == '-';
                i++;
            }
            if (i == start) {
                break;
            }
            boolean last = i >= n;
            if (dash) {
                addCompound(t, start, i, compounds);
            } else if (index > 0 && !last) {
                scratch = addWord(t, start, i, words, scratch);
            }
            index++;
        }
        return scratch;
    }

    /** A plain Latin word (letters only once surrounding punctuation is cut off), lower-cased. */
    private static char[] addWord(String t, int a, int b, WordSet words, char[] scratch) {
        while (a < b && !CharClass.isLetter(t.charAt(a))) {
            a++;
        }
        while (b > a && !CharClass.isLetter(t.charAt(b - 1))) {
            b--;
        }
        if (a >= b) {
            return scratch;
        }
        // one pass: checked and, for the common case of ASCII letters, lower-cased into the scratch buffer and hashed
        char[] w = scratch.length >= b - a ? scratch : new char[b - a];
        boolean ascii = true;
        int hash = 0;
        for (int i = a; i < b; i++) {
            char c = t.charAt(i);
            if (c < 0x80 ? !CharClass.isAsciiLetter(c) : c > 0x24F || !Character.isLetter(c)) {
                return w; // only plain Latin words are useful for rejoining
            }
            ascii &= c < 0x80;
            char lower = (char) (c | 0x20); // ASCII letters lower-case one for one; others are not read
            w[i - a] = lower;
            hash = WordSet.hashStep(hash, lower);
        }
        if (!ascii) {
            words.add(t.substring(a, b).toLowerCase(Locale.ROOT)); // İ and the like lower-case to two chars
            return w;
        }
        words.add(w, 0, b - a, WordSet.finish(hash));
        return w;
    }

    /** A hyphenated compound with letters on both sides of an inner hyphen (to-day, New-York). */
    private static void addCompound(String t, int a, int b, Set<String> compounds) {
        while (a < b && !Character.isLetter(t.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetter(t.charAt(b - 1))) {
            b--;
        }
        int dash = t.indexOf('-', a);
        if (a < b && dash > a && dash < b - 1 && Character.isLetter(t.charAt(dash + 1))) {
            compounds.add(t.substring(a, b).toLowerCase(Locale.ROOT));
        }
    }

    /** Attested on the page itself. */
    boolean onPage(String lowerWord) {
        return words.contains(lowerWord);
    }

    boolean hasCompound(String lowerCompound) {
        return compounds.contains(lowerCompound);
    }

    /** Attested on the page or in the shipped word list. */
    boolean known(String lowerWord) {
        return words.contains(lowerWord) || WordList.contains(lowerWord);
    }

    /** {@link #onPage(String)} of the word in {@code w[from, from + len)}, without making it a String. */
    boolean onPage(char[] w, int from, int len) {
        return words.contains(w, from, len);
    }

    /** {@link #known(String)} of the word in {@code w[from, from + len)}, without making it a String. */
    boolean known(char[] w, int from, int len) {
        int h = WordSet.hash(w, from, len); // one hash for both sets
        return words.contains(w, from, len, h) || WordList.contains(w, from, len, h);
    }
}
