package org.galley.segment;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits raw page text into numbered lines. Accepts LF, CRLF and lone CR line ends (each counts as one raw line, as
 * an editor shows them); drops invisible characters (zero-width, BOM) and control bytes; tabs become spaces.
 */
final class PageText {
    private PageText() {
    }

    static List<Line> lines(String text) {
        List<Line> out = new ArrayList<>();
        int n = text.length();
        int start = 0;
        int number = 1;
        // line ends found with indexOf, which scans a whole page far faster than charAt one by one
        int cr = text.indexOf('\r');
        while (true) {
            int lf = text.indexOf('\n', start);
            if (cr >= 0 && cr < start) {
                cr = text.indexOf('\r', start);
            }
            int i = lf < 0 ? (cr < 0 ? n : cr) : cr < 0 ? lf : Math.min(lf, cr);
            if (i == n && start == n && number > 1) {
                break; // text ended with a line break: no empty last line
            }
            out.add(line(number++, text.substring(start, i)));
            if (i == n) {
                break;
            }
            if (text.charAt(i) == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                i++;
            }
            start = i + 1;
        }
        return out;
    }

    /**
     * One raw line, cut from the page first: the checks below then read a short string, most often of Latin-1
     * characters only, not the page (which one non-Latin-1 character anywhere makes wide throughout).
     */
    private static Line line(int number, String text) {
        int from = 0;
        int to = text.length();
        if (plain(text, from, to)) {
            return new Line(number, CharClass.trim(text, from, to), leadingWidth(text, from, to), 0);
        }
        StringBuilder b = new StringBuilder(to - from);
        int junk = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (CharClass.isInvisible(c)) {
                continue;
            }
            if (c == '\t' || c == '\u00A0' || c == '\u000B' || c == '\u000C') {
                b.append(' ');
            } else if (CharClass.isJunk(c) && !(Character.isHighSurrogate(c) && i + 1 < to
                    && Character.isLowSurrogate(text.charAt(i + 1)))) {
                if (Character.isLowSurrogate(c) && i > from && Character.isHighSurrogate(text.charAt(i - 1))) {
                    b.append(c); // second half of a valid pair
                } else {
                    junk++;
                }
            } else {
                b.append(c);
            }
        }
        String raw = b.toString();
        String trimmed = CharClass.trim(raw);
        return new Line(number, trimmed, leadingWidth(raw, 0, raw.length()), junk);
    }

    /** Width of the leading white space, a full-width space counting two. */
    /** No character that needs cleaning: the line can be taken as it is. */
    private static boolean plain(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || (c >= 0x7F && c <= 0xA0) || c == 0xAD || (c >= 0x200B && c <= 0x200F) || c == 0x2060
                    || c >= 0xD800 && (c <= 0xF8FF || c == 0xFEFF || c == 0xFFFD)) {
                return false;
            }
        }
        return true;
    }

    private static int leadingWidth(String raw, int from, int to) {
        int w = 0;
        for (int i = from; i < to && CharClass.isSpace(raw.charAt(i)); i++) {
            w += raw.charAt(i) == '\u3000' ? 2 : 1;
        }
        return w;
    }
}
