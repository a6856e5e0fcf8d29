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
        String[] tokens = t.split(" +");
        for (int i = 0; i < tokens.length; i++) {
            String token = tokens[i];
            int dash = token.indexOf('-');
            boolean innerDash = dash > 0 && dash < token.length() - 1 && Character.isLetter(token.charAt(dash + 1));
            if (innerDash && (i < tokens.length - 1 || !token.endsWith("-"))) {
                addCompound(token, compounds);
            } else if (i > 0 && i < tokens.length - 1) {
                addToken(token, words, compounds);
            }
        }
    }

    private static void addToken(String token, Set<String> words, Set<String> compounds) {
        int a = 0;
        int b = token.length();
        while (a < b && !Character.isLetter(token.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetter(token.charAt(b - 1))) {
            b--;
        }
        if (a >= b) {
            return;
        }
        String core = token.substring(a, b);
        if (core.indexOf('-') > 0) {
            addCompound(core, compounds);
            return;
        }
        for (int i = 0; i < core.length(); i++) {
            char c = core.charAt(i);
            if (c > 0x24F || !Character.isLetter(c)) {
                return; // only plain Latin words are useful for rejoining
            }
        }
        words.add(core.toLowerCase(Locale.ROOT));
    }

    private static void addCompound(String token, Set<String> compounds) {
        int a = 0;
        int b = token.length();
        while (a < b && !Character.isLetter(token.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetter(token.charAt(b - 1))) {
            b--;
        }
        if (a < b) {
            compounds.add(token.substring(a, b).toLowerCase(Locale.ROOT));
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
