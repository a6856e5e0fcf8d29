package org.galley.segment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * The English word list shipped in {@code segment/words-en.txt} (from Debian's wamerican, see the README beside
 * it), loaded on first use only, so Chinese pages never pay for it.
 */
final class WordList {
    private WordList() {
    }

    static boolean contains(String lowerWord) {
        return Holder.WORDS.contains(lowerWord);
    }

    static boolean contains(char[] lowerWord, int from, int len) {
        return Holder.WORDS.contains(lowerWord, from, len);
    }

    /** With the word's {@link WordSet#hash} already computed. */
    static boolean contains(char[] lowerWord, int from, int len, int hash) {
        return Holder.WORDS.contains(lowerWord, from, len, hash);
    }

    private static final class Holder {
        static final WordSet WORDS = load();

        private static WordSet load() {
            WordSet words = new WordSet(150_000);
            try (InputStream in = WordList.class.getResourceAsStream("/segment/words-en.txt")) {
                if (in == null) {
                    return words; // without the list only words attested on the page are joined
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
                for (String w = r.readLine(); w != null; w = r.readLine()) {
                    if (!w.isEmpty()) {
                        words.add(w);
                    }
                }
            } catch (IOException e) {
                // same as a missing list
            }
            return words;
        }
    }
}
