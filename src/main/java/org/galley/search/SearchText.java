package org.galley.search;

import com.github.houbb.opencc4j.util.ZhConverterUtil;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * How text becomes search terms, the same way for articles and for queries (pure functions, no state):
 * <ol>
 * <li>{@link #fold}: compatibility forms to their plain ones (NFKC: full-width ＡＢＣ１２３ is ABC123), traditional
 * Chinese characters to simplified ones (OpenCC's character table: 報紙 is 报纸), lower case, and accents off Latin
 * letters (café is cafe). Each folded character remembers the original character it came from
 * ({@link Folded#source}), so matches found in folded text are highlighted in the original.</li>
 * <li>{@link #tokens}: Han (and kana, hangul) runs, and words of letters and digits; everything else separates.</li>
 * <li>{@link #documentTerms}: a Han run as overlapping character bigrams followed by its last character alone
 * (so that a one-character query finds it as a prefix, {@code 港:*}); a word as itself. PostgreSQL's
 * {@code to_tsvector('english', …)} then stems the words and gives each term its position in the order
 * written here.</li>
 * </ol>
 */
public final class SearchText {

    /** Longer "words" are noise (URLs, OCR garbage) and PostgreSQL refuses lexemes over 2047 bytes anyway. */
    public static final int MAX_WORD = 60;

    /** One token of folded text: a run of Han characters or a word, with its place in the folded text. */
    public record Token(String text, boolean han, int start, int end) {
    }

    /** Folded text and, for each of its characters, the index in the original of the character it came from. */
    public record Folded(String text, int[] source) {
    }

    private SearchText() {
    }

    /** The folded form of {@code s} (see the class comment); null is empty. */
    public static String fold(String s) {
        return foldWithSources(s).text();
    }

    /** Folds, keeping for every folded character the index of its original character. */
    public static Folded foldWithSources(String s) {
        if (s == null || s.isEmpty()) {
            return new Folded("", new int[0]);
        }
        StringBuilder out = new StringBuilder(s.length());
        int[] source = new int[s.length() + 8];
        boolean latinBase = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (cp < 0x80) {
                // ASCII, most of English text: no table, no allocation.
                char c = (char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
                if (out.length() >= source.length) {
                    source = java.util.Arrays.copyOf(source, source.length * 2);
                }
                source[out.length()] = i;
                out.append(c);
                latinBase = c >= 'a' && c <= 'z';
                i++;
                continue;
            }
            int width = Character.charCount(cp);
            String f = foldCodePoint(cp);
            for (int j = 0; j < f.length(); ) {
                int c = f.codePointAt(j);
                j += Character.charCount(c);
                // A combining accent after a Latin letter goes (café = cafe); other marks stay (kana voicing).
                if (Character.getType(c) == Character.NON_SPACING_MARK && latinBase) {
                    continue;
                }
                latinBase = Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
                int before = out.length();
                out.appendCodePoint(c);
                if (out.length() > source.length) {
                    source = java.util.Arrays.copyOf(source, Math.max(out.length(), source.length * 2));
                }
                for (int k = before; k < out.length(); k++) {
                    source[k] = i;
                }
            }
            i += width;
        }
        return new Folded(out.toString(), java.util.Arrays.copyOf(source, out.length()));
    }

    /** One code point folded: ASCII lower-cased directly, the rest through the precomputed table. */
    static String foldCodePoint(int cp) {
        if (cp < 0x80) {
            return cp >= 'A' && cp <= 'Z' ? String.valueOf((char) (cp + 32)) : String.valueOf((char) cp);
        }
        if (cp < 0x10000) {
            String f = Table.BMP[cp];
            return f != null ? f : String.valueOf((char) cp);
        }
        return slowFold(cp);
    }

    /** Traditional to simplified for one character, or the character itself (OpenCC's first choice). */
    public static int simplified(int cp) {
        if (cp < 0x10000) {
            return Table.SIMPLIFIED[cp];
        }
        return cp;
    }

    private static String slowFold(int cp) {
        String nfkd = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
        StringBuilder b = new StringBuilder();
        boolean latinBase = false;
        for (int c : nfkd.codePoints().toArray()) {
            if (Character.getType(c) == Character.NON_SPACING_MARK && latinBase) {
                continue;
            }
            latinBase = Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
            b.appendCodePoint(Character.toLowerCase(simplified(c)));
        }
        // Compose again what the decomposition split and no rule removed (kana voicing marks, hangul).
        return Normalizer.normalize(b, Normalizer.Form.NFKC);
    }

    /** Built once: the fold of every BMP character whose fold differs from itself. */
    private static final class Table {
        static final char[] SIMPLIFIED = new char[0x10000];
        static final String[] BMP = new String[0x10000];

        static {
            for (int c = 0; c < 0x10000; c++) {
                SIMPLIFIED[c] = (char) c;
            }
            for (int c = 0x3400; c < 0xA000; c++) {
                List<String> s = ZhConverterUtil.toSimple((char) c);
                if (s != null && !s.isEmpty() && s.get(0).length() == 1) {
                    SIMPLIFIED[c] = s.get(0).charAt(0);
                }
            }
            for (int c = 0x80; c < 0x10000; c++) {
                String one = String.valueOf((char) c);
                if (Character.isSurrogate((char) c) || (SIMPLIFIED[c] == c && Character.toLowerCase(c) == c
                        && Normalizer.isNormalized(one, Normalizer.Form.NFKD))) {
                    continue;
                }
                String f = slowFold(c);
                if (!f.equals(String.valueOf((char) c))) {
                    BMP[c] = f;
                }
            }
        }
    }

    /** Han, kana and hangul: scripts written without spaces between words, indexed as bigrams. */
    public static boolean isHan(int cp) {
        if (cp < 0x1100) {
            return false;
        }
        if (cp >= 0x4E00 && cp <= 0x9FFF) {
            return true;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.HANGUL;
    }

    /** The tokens of already folded text, in order: Han runs and words of letters and digits. */
    public static List<Token> tokens(String folded) {
        List<Token> out = new ArrayList<>();
        int start = -1;
        boolean han = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean isHan = isHan(cp);
            boolean isWord = !isHan && (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
                    || Character.getType(cp) == Character.COMBINING_SPACING_MARK);
            if (start >= 0 && (!(isHan || isWord) || isHan != han)) {
                out.add(new Token(folded.substring(start, i), han, start, i));
                start = -1;
            }
            if (start < 0 && (isHan || isWord)) {
                start = i;
                han = isHan;
            }
            i = next;
        }
        if (start >= 0) {
            out.add(new Token(folded.substring(start), han, start, folded.length()));
        }
        return out;
    }

    /**
     * The terms of one token, in position order: a Han run's bigrams then its last character (one character alone
     * is just itself); a word as itself, or nothing if it is longer than {@link #MAX_WORD}.
     */
    public static List<String> terms(Token t) {
        if (!t.han()) {
            return t.text().codePointCount(0, t.text().length()) > MAX_WORD ? List.of() : List.of(t.text());
        }
        int[] cps = t.text().codePoints().toArray();
        List<String> out = new ArrayList<>(cps.length);
        for (int i = 0; i + 1 < cps.length; i++) {
            out.add(new String(cps, i, 2));
        }
        out.add(new String(cps, cps.length - 1, 1));
        return out;
    }

    /**
     * The text PostgreSQL indexes for {@code original}: its terms separated by spaces, for
     * {@code to_tsvector('english', …)}, which stems the words and numbers the terms in this order.
     */
    public static String documentTerms(String original) {
        return documentTerms(original, Integer.MAX_VALUE);
    }

    /**
     * The terms of {@code original}, stopping before the tsvector PostgreSQL makes of them would pass
     * {@code maxBytes}. PostgreSQL refuses a tsvector over 1 MB (each distinct lexeme's bytes, an alignment byte,
     * and two bytes per position, at most 256 positions kept per lexeme, plus two), and then the whole save or
     * import would fail: some 130,000 different bigrams do it, which only an enormous page or random characters
     * hold. The text past the limit is not searchable; it is cut whole rather than thinned, so no phrase spans a gap.
     */
    public static String documentTerms(String original, int maxBytes) {
        StringBuilder b = new StringBuilder();
        java.util.Map<String, int[]> positions = new java.util.HashMap<>();
        long bytes = 0;
        for (Token t : tokens(fold(original))) {
            for (String term : terms(t)) {
                int[] seen = positions.computeIfAbsent(term, k -> new int[1]);
                long more = seen[0] == 0 ? utf8Length(term) + 1 + 2 + 2 : seen[0] < 256 ? 2 : 0;
                if (bytes + more > maxBytes) {
                    return b.toString();
                }
                bytes += more;
                seen[0]++;
                if (!b.isEmpty()) {
                    b.append(' ');
                }
                b.append(term);
            }
        }
        return b.toString();
    }

    private static int utf8Length(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        }
        return n;
    }
}
