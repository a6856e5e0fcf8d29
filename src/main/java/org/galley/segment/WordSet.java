package org.galley.segment;

/**
 * A set of words stored in one char array, looked up from a slice of a char array without making a String. The
 * line joiner asks, for every pair of lines that meet at letters, whether the joined word is attested; with a
 * {@code HashSet<String>} each question cost a substring, a lower-cased copy and a concatenation.
 */
final class WordSet {
    private char[] chars;
    private int used;
    /**
     * Three ints per slot, side by side so that a probe reads one cache line: the word's hash, its start in
     * {@link #chars} plus one (0: an empty slot) and its length.
     */
    private int[] slots;
    /** Number of slots, a power of two. */
    private int capacity;
    private int size;

    WordSet(int expected) {
        capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        slots = new int[capacity * 3];
        chars = new char[Math.max(256, expected * 6)]; // words of about six letters
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
        int mask = capacity - 1;
        for (int i = h & mask; slots[3 * i + 1] != 0; i = (i + 1) & mask) {
            if (slots[3 * i] == h && equal(i, w, from, len)) {
                return;
            }
        }
        if (used + len > chars.length) {
            chars = java.util.Arrays.copyOf(chars, Math.max(chars.length * 2, used + len));
        }
        System.arraycopy(w, from, chars, used, len);
        if ((size + 1) * 2 > capacity) {
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
        int mask = capacity - 1;
        for (int i = h & mask; slots[3 * i + 1] != 0; i = (i + 1) & mask) {
            if (slots[3 * i] == h && slots[3 * i + 2] == w.length()) {
                int s = slots[3 * i + 1] - 1;
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
        int mask = capacity - 1;
        for (int i = h & mask; slots[3 * i + 1] != 0; i = (i + 1) & mask) {
            if (slots[3 * i] == h && equal(i, w, from, len)) {
                return true;
            }
        }
        return false;
    }

    private boolean equal(int slot, char[] w, int from, int len) {
        if (slots[3 * slot + 2] != len) {
            return false;
        }
        int s = slots[3 * slot + 1] - 1;
        for (int k = 0; k < len; k++) {
            if (chars[s + k] != w[from + k]) {
                return false;
            }
        }
        return true;
    }

    private void put(int start, int len, int h) {
        int mask = capacity - 1;
        int i = h & mask;
        while (slots[3 * i + 1] != 0) {
            i = (i + 1) & mask;
        }
        slots[3 * i] = h;
        slots[3 * i + 1] = start + 1;
        slots[3 * i + 2] = len;
    }

    private void grow() {
        int[] old = slots;
        capacity *= 2;
        slots = new int[capacity * 3];
        for (int i = 0; i < old.length; i += 3) {
            if (old[i + 1] != 0) {
                put(old[i + 1] - 1, old[i + 2], old[i]);
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
