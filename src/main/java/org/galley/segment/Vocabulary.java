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
    static final Vocabulary EMPTY = new Vocabulary(Set.of(), Set.of());

    private final Set<String> words;
    private final Set<String> compounds;

    private Vocabulary(Set<String> words, Set<String> compounds) {
        this.words = words;
        this.compounds = compounds;
    }

    static Vocabulary of(List<Line> lines) {
        Set<String> words = new HashSet<>();
        Set<String> compounds = new HashSet<>();
        for (Line line : lines) {
            if (line.kind == LineKind.TEXT || line.kind == LineKind.TITLE) {
                collect(line.text, words, compounds);
            }
        }
        return words.isEmpty() && compounds.isEmpty() ? EMPTY : new Vocabulary(words, compounds);
    }

    /** Scans the tokens of one line; the first and last tokens are skipped, they may be halves of a broken word. */
    private static void collect(String t, Set<String> words, Set<String> compounds) {
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
                addWord(t, start, i, words);
            }
            index++;
        }
    }

    /** A plain Latin word (letters only once surrounding punctuation is cut off), lower-cased. */
    private static void addWord(String t, int a, int b, Set<String> words) {
        while (a < b && !Character.isLetter(t.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetter(t.charAt(b - 1))) {
            b--;
        }
        if (a >= b) {
            return;
        }
        boolean ascii = true;
        for (int i = a; i < b; i++) {
            char c = t.charAt(i);
            if (c > 0x24F || !Character.isLetter(c)) {
                return; // only plain Latin words are useful for rejoining
            }
            ascii &= c < 0x80;
        }
        if (!ascii) {
            words.add(t.substring(a, b).toLowerCase(Locale.ROOT)); // İ and the like lower-case to two chars
            return;
        }
        // the common case, without the substring copy: ASCII letters lower-case one for one
        char[] w = new char[b - a];
        for (int i = a; i < b; i++) {
            char c = t.charAt(i);
            w[i - a] = c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        words.add(new String(w));
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
}
