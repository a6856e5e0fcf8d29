package org.galley.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the lines of a headline group into decks and the decks into kicker, headline and subheadline.
 * <ul>
 * <li>Chinese: a title broken over two short lines ({@code 我市志愿服务} / {@code 再获嘉兴先进}) is one deck; long lines
 * are decks of their own. Two decks are kicker + headline, unless the first is much shorter than the second
 * (headline + subheadline, as in {@code 市委常委会召开会议} / {@code 传达学习……精神等}); three are all three.</li>
 * <li>English: a deck ends at a line ending in a period, or where capitals change to lower case
 * ({@code RUSSIA IN TO STAY.} / {@code Only Force Can Turn Her Out of Manchuria.}). The first deck is the
 * headline, the others together the subheadline.</li>
 * </ul>
 */
final class TitleBuilder {
    /** Chinese lines up to this many characters may be halves of one title. */
    private static final int SHORT_ZH = 10;

    private final boolean zh;
    private final LineJoiner joiner;

    TitleBuilder(boolean zh, LineJoiner joiner) {
        this.zh = zh;
        this.joiner = joiner;
    }

    /** {@code blocks}: the blank-separated blocks of the group, each a list of line texts. */
    Title build(List<List<String>> blocks) {
        List<String> decks = new ArrayList<>();
        for (List<String> block : blocks) {
            if (zh) {
                zhDecks(block, decks);
            } else {
                enDecks(block, decks);
            }
        }
        decks.removeIf(String::isEmpty);
        if (decks.isEmpty()) {
            return Title.NONE;
        }
        return zh ? zhFields(decks) : enFields(decks);
    }

    private void zhDecks(List<String> lines, List<String> decks) {
        StringBuilder cur = new StringBuilder();
        String prev = null;
        for (String line : lines) {
            if (prev != null && !(len(prev) <= SHORT_ZH && len(line) <= SHORT_ZH)) {
                addDeck(cur, decks);
            }
            joiner.append(cur, line);
            prev = line;
        }
        addDeck(cur, decks);
    }

    private void enDecks(List<String> lines, List<String> decks) {
        StringBuilder cur = new StringBuilder();
        String prev = null;
        for (String line : lines) {
            if (prev != null && (endsDeck(prev) || TitleRule.isCaps(prev) != TitleRule.isCaps(line))) {
                addDeck(cur, decks);
            }
            joiner.append(cur, line);
            prev = line;
        }
        addDeck(cur, decks);
    }

    private static boolean endsDeck(String line) {
        String t = line.trim();
        return t.endsWith(".") || t.endsWith("?") || t.endsWith("!") || t.endsWith(".\"") || t.endsWith(".'");
    }

    private void addDeck(StringBuilder cur, List<String> decks) {
        String deck = DuplicateTitleRule.dedupe(CjkSpacing.clean(cur.toString(), zh));
        if (!deck.isEmpty()) {
            decks.add(deck);
        }
        cur.setLength(0);
    }

    private static Title zhFields(List<String> decks) {
        if (decks.size() == 1) {
            return new Title(null, decks.get(0), null);
        }
        if (decks.size() == 2) {
            String a = decks.get(0);
            String b = decks.get(1);
            if (b.startsWith("—") || b.startsWith("-") || len(a) * 5 <= len(b) * 3) {
                return new Title(null, a, b);
            }
            return new Title(a, b, null);
        }
        return new Title(decks.get(0), decks.get(1), String.join(" ", decks.subList(2, decks.size())));
    }

    private static Title enFields(List<String> decks) {
        if (decks.size() == 1) {
            return new Title(null, decks.get(0), null);
        }
        return new Title(null, decks.get(0), String.join(" ", decks.subList(1, decks.size())));
    }

    private static int len(String s) {
        return CharClass.visibleLength(s);
    }
}
