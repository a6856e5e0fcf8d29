package org.galley.segment;

/**
 * A set of words stored in one char array, looked up from a slice of a char array without making a String. The
 * line joiner asks, for every pair of lines that meet at letters, whether the joined word is attested; with a
 * {@code HashSet<String>} each question cost a substring, a lower-cased copy and a concatenation.
 */
final class WordSet {
    private char[] chars = new char[256];
    private int used;
    /** Per slot: start of the word in {@link #chars} plus one (0: empty), its length and its hash. */
    private int[] starts;
    private int[] lengths;
    private int[] hashes;
    private int size;

    WordSet(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        starts = new int[cap];
        lengths = new int[cap];
        hashes = new int[cap];
    }

    boolean isEmpty() {
        return size == 0;
    }

    void add(String w) {
        char[] c = w.toCharArray();
        add(c, 0, c.length);
    }

    void add(char[] w, int from, int len) {
        add(w, from, len, hash(w, from, len));
    }

    /** {@link #add(char[], int, int)} with the word's {@link #hash} already computed. */
    void add(char[] w, int from, int len, int h) {
        int mask = starts.length - 1;
        for (int i = h & mask; ; i = (i + 1) & mask) {
            if (starts[i] == 0) {
                break;
            }
            if (hashes[i] == h && equal(i, w, from, len)) {
                return;
            }
        }
        if (used + len > chars.length) {
            chars = java.util.Arrays.copyOf(chars, Math.max(chars.length * 2, used + len));
        }
        System.arraycopy(w, from, chars, used, len);
        if ((size + 1) * 2 > starts.length) {
            grow();
        }
        put(used, len, h);
        used += len;
        size++;
    }

    boolean contains(String w) {
        int h = 0;
        for (int k = 0; k < w.length(); k++) {
            h = 31 * h + w.charAt(k);
        }
        h = spread(h);
        int mask = starts.length - 1;
        for (int i = h & mask; starts[i] != 0; i = (i + 1) & mask) {
            if (hashes[i] == h && lengths[i] == w.length()) {
                int s = starts[i] - 1;
                boolean same = true;
                for (int k = 0; k < w.length() && same; k++) {
                    same = chars[s + k] == w.charAt(k);
                }
                if (same) {
                    return true;
                }
            }
        }
        return false;
    }

    boolean contains(char[] w, int from, int len) {
        return contains(w, from, len, hash(w, from, len));
    }

    /** {@link #contains(char[], int, int)} with the word's {@link #hash} already computed (for several sets). */
    boolean contains(char[] w, int from, int len, int h) {
        int mask = starts.length - 1;
        for (int i = h & mask; starts[i] != 0; i = (i + 1) & mask) {
            if (hashes[i] == h && equal(i, w, from, len)) {
                return true;
            }
        }
        return false;
    }

    private boolean equal(int slot, char[] w, int from, int len) {
        if (lengths[slot] != len) {
            return false;
        }
        int s = starts[slot] - 1;
        for (int k = 0; k < len; k++) {
            if (chars[s + k] != w[from + k]) {
                return false;
            }
        }
        return true;
    }

    private void put(int start, int len, int h) {
        int mask = starts.length - 1;
        int i = h & mask;
        while (starts[i] != 0) {
            i = (i + 1) & mask;
        }
        starts[i] = start + 1;
        lengths[i] = len;
        hashes[i] = h;
    }

    private void grow() {
        int[] s = starts;
        int[] l = lengths;
        int[] h = hashes;
        starts = new int[s.length * 2];
        lengths = new int[s.length * 2];
        hashes = new int[s.length * 2];
        for (int i = 0; i < s.length; i++) {
            if (s[i] != 0) {
                put(s[i] - 1, l[i], h[i]);
            }
        }
    }

    static int hash(char[] w, int from, int len) {
        int h = 0;
        for (int k = from; k < from + len; k++) {
            h = hashStep(h, w[k]);
        }
        return finish(h);
    }

    /** {@link #hash} one character at a time, for a caller that reads the word anyway: then {@link #finish}. */
    static int hashStep(int h, char c) {
        return 31 * h + c;
    }

    static int finish(int h) {
        return spread(h);
    }

    private static int spread(int h) {
        h *= 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
