package org.galley.article;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which "continued on page N" part goes with which "continued from page M" part on page N. Pure: the pages must
 * agree (a jump that names no page points to the next page, or comes from any earlier one); among several
 * candidates the headline words decide (the continuation often repeats the headline or a keyword of it, 独山港).
 * A pair is proposed only when nothing else scores as well for either of its jumps: a tie is left to an editor.
 */
final class LinkProposals {

    /** One jump with the page it is on and the article that owns it, and that article's telling words. */
    record Side(JumpLine jump, int pageNumber, long ownerId, String words) {
    }

    record Pair(Side to, Side from, int score) {
    }

    private static final Set<String> STOP = Set.of("the", "and", "for", "with", "from", "continued", "page", "that",
            "this", "was", "were", "are", "has", "have", "his", "her", "its", "of", "on", "in", "to", "a");

    private LinkProposals() {
    }

    /** Whether {@code from} may continue {@code to}: their pages agree and they are different articles. */
    static boolean pagesAgree(Side to, Side from) {
        if (to.ownerId() == from.ownerId() || !to.jump().isTo() || from.jump().isTo()) {
            return false;
        }
        int target = to.jump().targetPage() != null ? to.jump().targetPage() : to.pageNumber() + 1;
        if (from.pageNumber() != target) {
            return false;
        }
        Integer source = from.jump().targetPage();
        return source != null ? source == to.pageNumber() : from.pageNumber() > to.pageNumber();
    }

    /** How well two jumps go together: shared headline words, and a bonus when both name each other's page. */
    static int score(Side to, Side from) {
        Set<String> shared = keywords(to.words());
        shared.retainAll(keywords(from.words()));
        boolean exact = to.jump().targetPage() != null && from.jump().targetPage() != null;
        return shared.size() * 4 + (exact ? 2 : 0);
    }

    static List<Pair> propose(List<Side> jumps) {
        List<Pair> pairs = new ArrayList<>();
        for (Side t : jumps) {
            for (Side f : jumps) {
                if (pagesAgree(t, f)) {
                    pairs.add(new Pair(t, f, score(t, f)));
                }
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::score).reversed()
                .thenComparingInt(p -> p.to().pageNumber()).thenComparingInt(p -> p.to().jump().line()));
        Set<Side> used = new HashSet<>();
        Set<Long> parts = new HashSet<>();
        List<Pair> out = new ArrayList<>();
        for (Pair p : pairs) {
            if (used.contains(p.to()) || used.contains(p.from()) || parts.contains(p.from().ownerId())) {
                continue;
            }
            boolean tie = pairs.stream().anyMatch(q -> q != p && q.score() == p.score()
                    && !used.contains(q.to()) && !used.contains(q.from())
                    && (q.to().equals(p.to()) || q.from().equals(p.from())));
            if (tie) {
                continue;
            }
            used.add(p.to());
            used.add(p.from());
            parts.add(p.from().ownerId());
            out.add(p);
        }
        return out;
    }

    /** Latin words of three letters or more (minus the commonest), and pairs of adjacent Han characters. */
    static Set<String> keywords(String text) {
        Set<String> out = new HashSet<>();
        if (text == null) {
            return out;
        }
        String s = text.toLowerCase(Locale.ROOT);
        StringBuilder word = new StringBuilder();
        int prevHan = -1;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                if (prevHan >= 0) {
                    out.add(new String(new int[] {prevHan, cp}, 0, 2));
                }
                prevHan = cp;
            } else {
                prevHan = -1;
            }
            if (Character.isLetter(cp) && Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) {
                word.appendCodePoint(cp);
            } else {
                addWord(out, word);
            }
        }
        addWord(out, word);
        return out;
    }

    private static void addWord(Set<String> out, StringBuilder word) {
        if (word.length() >= 3 && !STOP.contains(word.toString())) {
            out.add(word.toString());
        }
        word.setLength(0);
    }
}
